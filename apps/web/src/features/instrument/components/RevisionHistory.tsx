import {
  EVIDENCE_LEVEL_LABELS,
  INSTRUMENT_FIELDS,
  ORIGIN_LABELS,
  PROTOTYPE_STATUS_LABELS,
  type EvidenceLevel,
  type InstrumentFieldDefinition,
  type Origin,
  type PrototypeStatus,
  type ReferenceVocabulary,
} from '#domain';
import { useQuery } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useDateFormat } from '../../../app/formats';
import { useTermLabel, type Labelled } from '../../../app/labels';
import { InstrumentRevisionsQuery } from '../graphql/instrument.documents';
import type { InstrumentRevisionsQuery as Result } from '../graphql/instrument.generated';
import { useUiLanguage } from './types';

type Revision = NonNullable<Result['instrument']>['revisions'][number];
type Change = Revision['changes'][number];

/** Texts longer than this are cut, with the whole text one click away. */
const SHORT = 240;

const FIELDS = new Map<string, InstrumentFieldDefinition>(INSTRUMENT_FIELDS.map((field) => [field.name, field]));

const VOCABULARY_LIST = { phase: 'phases', type: 'types', audience: 'audiences', sector: 'sectors', tag: 'tags' } as const satisfies Record<
  ReferenceVocabulary,
  keyof Result['vocabularies']
>;

/**
 * The curators' edit history of an instrument, newest first: who changed which field from what to
 * what, and when. Field names are the editor's labels (from the one field definition, libs/domain
 * INSTRUMENT_FIELDS); vocabulary codes, statuses and other codes read as their labels.
 */
export function RevisionHistory({ slug }: { slug: string }) {
  const { t } = useTranslation('instrument');
  const { data, error, refetch } = useQuery(InstrumentRevisionsQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const revisions = data?.instrument?.revisions;
  if (!revisions) {
    if (error) return <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />;
    return (
      <p className="instrument__muted" role="status">
        {t('revisions.loading')}
      </p>
    );
  }
  if (revisions.length === 0) return <p className="instrument__muted">{t('revisions.empty')}</p>;
  return (
    <>
      <p className="instrument__muted">{t('revisions.intro')}</p>
      <ol className="revisions">
        {revisions.map((revision) => (
          <RevisionItem key={`${revision.changedAt}-${revision.action}`} revision={revision} vocabularies={data.vocabularies} />
        ))}
      </ol>
    </>
  );
}

function RevisionItem({ revision, vocabularies }: { revision: Revision; vocabularies: Result['vocabularies'] }) {
  const { t } = useTranslation('instrument');
  const formatDateTime = useDateFormat({ dateStyle: 'long', timeStyle: 'short' });
  const value = useValueText(vocabularies);
  const created = revision.action === 'CREATE';
  const changes = (
    <dl className="revision__changes">
      {revision.changes.map((change) => (
        <div key={change.field} className="revision__change">
          <dt>{fieldLabel(t, change.field)}</dt>
          {!created && (
            <dd className="revision__old">
              <span className="revision__label">{t('revisions.was')}</span> <Value text={value(change, 'old')} />
            </dd>
          )}
          <dd className="revision__new">
            <span className="revision__label">{created ? t('revisions.initial') : t('revisions.now')}</span> <Value text={value(change, 'new')} />
          </dd>
        </div>
      ))}
    </dl>
  );
  return (
    <li className="revision">
      <p className="revision__meta">
        <strong>{t(`revisions.actions.${revision.action}`, { defaultValue: revision.action })}</strong>{' '}
        {t('revisions.byOn', { name: revision.changedBy })} <time dateTime={revision.changedAt}>{formatDateTime(revision.changedAt)}</time>
      </p>
      {created ? (
        <details className="revision__created">
          <summary>{t('revisions.createdFields', { count: revision.changes.length })}</summary>
          {changes}
        </details>
      ) : (
        changes
      )}
    </li>
  );
}

/** A value, long texts cut with the rest on request; an empty one says so. */
function Value({ text }: { text: string | null }) {
  const { t } = useTranslation('instrument');
  if (text === null || text === '') return <span className="instrument__muted">{t('revisions.emptyValue')}</span>;
  if (text.length <= SHORT) return <span className="revision__value">{text}</span>;
  return (
    <details className="revision__long">
      <summary>
        <span className="revision__value">{`${text.slice(0, SHORT).trimEnd()}…`}</span> <span className="revision__more">{t('revisions.wholeText')}</span>
      </summary>
      <span className="revision__value">{text}</span>
    </details>
  );
}

/** The editor's label of a field; the few fields outside the definition have their own. */
function fieldLabel(t: TFunction<'instrument'>, field: string): string {
  const definition = FIELDS.get(field);
  if (definition && definition.kind !== 'links') return t(`editor.${definition.labelKey}`, { ns: 'curation', defaultValue: field });
  return t(`revisions.fields.${field}`, { defaultValue: field });
}

/** A change's old or new value in words: labels for codes, one line per list item. */
function useValueText(vocabularies: Result['vocabularies']): (change: Change, side: 'old' | 'new') => string | null {
  const { t } = useTranslation('instrument');
  const { lang } = useUiLanguage();
  const termLabel = useTermLabel();
  return (change, side) => {
    const raw = side === 'old' ? change.oldValue : change.newValue;
    const items = side === 'old' ? change.oldItems : change.newItems;
    if (raw === null) return null;
    const definition = FIELDS.get(change.field);
    if (definition?.vocabulary) {
      const terms: readonly (Labelled & { code: string })[] = vocabularies[VOCABULARY_LIST[definition.vocabulary]];
      // A code no longer in the vocabulary (a deleted term) is shown as it was stored.
      const label = (code: string) => {
        const term = terms.find((each) => each.code === code);
        return term ? termLabel(term) : code;
      };
      return (items ?? [raw]).map(label).join(', ');
    }
    if (items) return items.join('\n');
    switch (change.field) {
      case 'status':
        return PROTOTYPE_STATUS_LABELS[raw as PrototypeStatus]?.[lang] ?? raw;
      case 'evidenceLevel':
        return EVIDENCE_LEVEL_LABELS[raw as EvidenceLevel]?.[lang] ?? raw;
      case 'origin':
        return ORIGIN_LABELS[raw as Origin]?.[lang] ?? raw;
      case 'language':
        return t(`languages.${raw}`, { defaultValue: raw.toUpperCase() });
      default:
        return raw;
    }
  };
}
