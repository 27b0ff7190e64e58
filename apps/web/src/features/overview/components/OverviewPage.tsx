import { useQuery } from '@apollo/client/react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { numberFormat } from '../../../app/formats';
import { PUBLIC_PATHS } from '#domain';
import { PageMeta } from '../../../app/components/PageMeta';
import { OverviewPageQuery } from '../graphql/overview.documents';
import { CountBarChart } from './CountBarChart';
import { CountTable } from './CountTable';
import { OverviewSkeleton } from './OverviewSkeleton';
import { PhaseStatusHeatmap } from './PhaseStatusHeatmap';
import { PracticeByPhaseTable } from './PracticeByPhaseTable';
import './overview.css';

/** Where instruments are missing: phase × status, and counts per type, audience, sector and evidence. */
export function OverviewPage() {
  const { t, i18n } = useTranslation('overview');
  const { data, loading, error, refetch } = useQuery(OverviewPageQuery);
  const overview = data?.overview;

  return (
    <div className="page overview">
      <PageMeta title={t('title')} description={t('lead')} path={PUBLIC_PATHS.overview} />
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>

      {error && !overview ? (
        <ErrorMessage onRetry={() => void refetch()} />
      ) : loading || !overview || !data ? (
        <OverviewSkeleton />
      ) : (
        <>
          <p className="overview__total">
            <span className="overview__total-number">
              {numberFormat(i18n.language).format(overview.totalInstruments)}
            </span>{' '}
            {t('total', { count: overview.totalInstruments })}
          </p>

          <Section title={t('heatmap.title')}>
            <PhaseStatusHeatmap rows={overview.phaseStatusMatrix} statuses={data.vocabularies.statuses} />
          </Section>

          <Section title={t('practice.title')}>
            <PracticeByPhaseTable rows={overview.practiceByPhase} />
          </Section>

          <div className="overview__grid">
            <Section title={t('byType.title')}>
              <CountBarChart terms={overview.byType} param="soort" caption={t('byType.caption')} column={t('byType.column')} />
            </Section>
            <Section title={t('byAudience.title')} note={t('byAudience.note')}>
              <CountBarChart terms={overview.byAudience} param="doelgroep" caption={t('byAudience.caption')} column={t('byAudience.column')} />
            </Section>
            <Section title={t('bySector.title')} note={t('bySector.note')}>
              <CountTable terms={overview.bySector} param="sector" caption={t('bySector.caption')} column={t('bySector.column')} hideCaption />
            </Section>
            <Section title={t('byEvidence.title')}>
              <CountTable terms={overview.byEvidence} param="onderbouwing" caption={t('byEvidence.caption')} column={t('byEvidence.column')} hideCaption />
            </Section>
          </div>
        </>
      )}
    </div>
  );
}

/** A card with an h2 that names the region, and an optional note under the content. */
function Section({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="card overview__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
      {note && <p className="overview__note">{note}</p>}
    </section>
  );
}
