import { ORIGIN_LABELS } from '#domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TermChips } from '../../../app/components/TermChips';
import { useTermLabel } from '../../../app/labels';
import type { ProposalFieldsFragment } from '../graphql/proposals.generated';
import { InstrumentLinks } from '../../instrument';
import { MarkdownDescription } from '../../../app/components/MarkdownDescription';
import { ProposalChanges } from './ProposalChanges';

/** Every field of a proposal, read-only, as sections under h2 headings (the page owns the h1). */
export function ProposalDetails({ proposal }: { proposal: ProposalFieldsFragment }) {
  const { t, i18n } = useTranslation('proposals');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const termLabel = useTermLabel();
  const p = proposal;
  return (
    <div className="proposal-details">
      <ProposalChanges proposal={p} />
      <Section title={t('fields.summary')}>
        <p className="proposal-details__summary">{p.summary}</p>
      </Section>
      <Section title={t('fields.description')}>
        {p.description.trim() ? <MarkdownDescription source={p.description} /> : <p className="proposals-muted">{t('fields.descriptionEmpty')}</p>}
      </Section>
      <Section title={t('fields.classification')}>
        <dl className="instrument-facts">
          <Fact label={t('fields.type')}>{p.type ? termLabel(p.type) : t('fields.none')}</Fact>
          <Fact label={t('fields.phases')}>
            <Terms terms={p.phases} kind="phase" label={t('fields.phases')} />
          </Fact>
          <Fact label={t('fields.audiences')}>
            <Terms terms={p.audiences} kind="plain" label={t('fields.audiences')} />
          </Fact>
          <Fact label={t('fields.sectors')}>
            <Terms terms={p.sectors} kind="plain" label={t('fields.sectors')} />
          </Fact>
          <Fact label={t('fields.tags')}>
            <Terms terms={p.tags} kind="tag" label={t('fields.tags')} />
          </Fact>
        </dl>
      </Section>
      <Section title={t('fields.originContact')}>
        <dl className="instrument-facts">
          <Fact label={t('fields.origin')}>{ORIGIN_LABELS[p.origin][lang]}</Fact>
          <Fact label={t('fields.ownerOrganisation')}>{p.ownerOrganisation ?? t('fields.none')}</Fact>
          <Fact label={t('fields.contactName')}>{p.contactName ?? t('fields.none')}</Fact>
          <Fact label={t('fields.contactEmail')}>{p.contactEmail ? <a href={`mailto:${p.contactEmail}`}>{p.contactEmail}</a> : t('fields.none')}</Fact>
          <Fact label={t('fields.language')}>{t(`form.languages.${p.language}`, { defaultValue: p.language.toUpperCase() })}</Fact>
          <Fact label={t('fields.licence')}>{p.licence ?? t('fields.none')}</Fact>
          <Fact label={t('fields.timeNeeded')}>{p.timeNeeded ?? t('fields.none')}</Fact>
        </dl>
      </Section>
      <Section title={t('fields.links')}>
        {p.links.length ? <InstrumentLinks links={p.links} /> : <p className="proposals-muted">{t('fields.noLinks')}</p>}
      </Section>
      <Section title={t('fields.motivation')}>
        <p className="proposal-details__motivation">{p.motivation}</p>
      </Section>
    </div>
  );
}

function Terms({ terms, kind, label }: { terms: ProposalFieldsFragment['phases']; kind: 'phase' | 'tag' | 'plain'; label: string }) {
  const { t } = useTranslation('proposals');
  return terms.length ? <TermChips terms={terms} kind={kind} label={label} /> : <>{t('fields.none')}</>;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="proposal-details__section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="instrument-facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
