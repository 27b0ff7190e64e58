import { INSTRUMENT_FIELDS, ORIGIN_LABELS, type Origin, type ReferenceVocabulary } from '#domain';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useTermLabel } from '../../../app/labels';
import type { ProposalFieldsFragment } from '../graphql/proposals.generated';
import { ProposalVocabulariesQuery } from '../graphql/proposals.documents';

/** The list in the vocabularies query that holds each vocabulary's terms. */
const LIST_OF: Record<ReferenceVocabulary, 'phases' | 'types' | 'audiences' | 'sectors' | 'tags'> = {
  phase: 'phases',
  type: 'types',
  audience: 'audiences',
  sector: 'sectors',
  tag: 'tags',
};

const DEFINITION = new Map<string, (typeof INSTRUMENT_FIELDS)[number]>(INSTRUMENT_FIELDS.map((f) => [f.name, f]));

/**
 * What the proposer changed since the curator's last request for changes, field by field (old →
 * new), in the one field definition's order, as the API compares them. Shown while the proposal
 * is open; nothing when changes were never requested.
 */
export function ProposalChanges({ proposal }: { proposal: ProposalFieldsFragment }) {
  const { t, i18n } = useTranslation('proposals');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const termLabel = useTermLabel();
  const changes = proposal.changesSinceRequest;
  const open = proposal.status === 'SUBMITTED' || proposal.status === 'IN_REVIEW' || proposal.status === 'CHANGES_REQUESTED';
  const vocabularies = useQuery(ProposalVocabulariesQuery, { skip: !changes?.length || !open });
  if (!changes || !open) return null;

  /** A value's lines as a person reads them: labels for codes, the chosen language's names. */
  const shown = (field: string, lines: string[]): string[] => {
    const definition = DEFINITION.get(field);
    if (definition && 'vocabulary' in definition && definition.vocabulary) {
      const terms = vocabularies.data?.vocabularies[LIST_OF[definition.vocabulary]] ?? [];
      // In the vocabulary's own order, as the rest of the page shows them; unknown codes last.
      const position = (code: string) => {
        const index = terms.findIndex((term) => term.code === code);
        return index < 0 ? terms.length : index;
      };
      return [...lines].sort((a, b) => position(a) - position(b)).map((code) => {
        const term = terms.find((candidate) => candidate.code === code);
        return term ? termLabel(term) : code;
      });
    }
    if (field === 'origin') return lines.map((code) => ORIGIN_LABELS[code as Origin]?.[lang] ?? code);
    if (field === 'language') return lines.map((code) => t(`form.languages.${code}`, { defaultValue: code }));
    return lines;
  };
  const value = (field: string, lines: string[]) =>
    lines.length === 0 ? (
      <span className="proposals-muted">{t('changes.empty')}</span>
    ) : (
      <span className="proposal-changes__value">{shown(field, lines).join(definitionIsList(field) ? ', ' : '\n')}</span>
    );

  return (
    <section className="proposal-changes notice" aria-labelledby="proposal-changes-title">
      <h2 id="proposal-changes-title">{t('changes.title')}</h2>
      {changes.length === 0 ? (
        <p>{t('changes.none')}</p>
      ) : (
        <>
          <p>{t('changes.count', { count: changes.length })}</p>
          <dl className="proposal-changes__list">
            {changes.map((change) => (
              <div key={change.field} className="proposal-changes__item">
                <dt>{t(`form.${change.field}`)}</dt>
                <dd>
                  <span className="proposal-changes__label">{t('changes.before')}</span> <del>{value(change.field, change.before)}</del>
                </dd>
                <dd>
                  <span className="proposal-changes__label">{t('changes.after')}</span> <ins>{value(change.field, change.after)}</ins>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}

/** Sets of codes read as one line; texts and links keep a line each. */
function definitionIsList(field: string): boolean {
  const kind = DEFINITION.get(field)?.kind;
  return kind === 'terms' || kind === 'term';
}
