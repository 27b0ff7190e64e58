import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { PARTNER_KINDS, type PartnerKind } from '#domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useTermLabel } from '../../../app/labels';
import { Link, useSearchParams } from '../../../app/router';
import { useViewer } from '../../../app/viewer';
import { PUBLIC_PATHS } from '#domain';
import { PageMeta } from '../../../app/components/PageMeta';
import { PracticeReportInstrumentQuery, PracticeReportsQuery, PracticeReportVocabulariesQuery } from '../graphql/practice-reports.documents';
import { usePartnerKindLabel } from '../labels';
import { PracticeReportSummary } from './PracticeReportSummary';
import '../practice-reports.css';

const PAGE_SIZE = 20;

/** The filters a person would share live in the URL: `?fase=EVALUATE&sector=MBO&partner=COMPANIES&instrument=<slug>`. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const partner = params.get('partner');
  const filters = {
    phase: params.get('fase') || null,
    sector: params.get('sector') || null,
    partnerKind: (PARTNER_KINDS as readonly string[]).includes(partner ?? '') ? (partner as PartnerKind) : null,
    instrument: params.get('instrument') || null,
  };
  const set = (name: 'fase' | 'sector' | 'partner' | 'instrument', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return [filters, set] as const;
}

/** `/praktijkvoorbeelden`: every published practice report, newest first, with filters and keyset pages. */
export function PracticeReportsPage() {
  const { t } = useTranslation('practiceReports');
  const { can } = useViewer();
  const term = useTermLabel();
  const partner = usePartnerKindLabel();
  const ids = { phase: useId(), sector: useId(), partner: useId() };
  const [filters, setFilter] = useFilters();
  const vocabularies = useQuery(PracticeReportVocabulariesQuery).data?.vocabularies;
  const instrumentQuery = useQuery(PracticeReportInstrumentQuery, { variables: { slug: filters.instrument ?? '' }, skip: !filters.instrument });
  const instrument = instrumentQuery.data?.instrument ?? null;
  const waitingForInstrument = !!filters.instrument && !instrument && instrumentQuery.loading;
  const { data, previousData, error, refetch, fetchMore, networkStatus } = useQuery(PracticeReportsQuery, {
    variables: {
      filter: { phase: filters.phase, sector: filters.sector, partnerKind: filters.partnerKind, instrumentId: instrument?.id ?? null },
      first: PAGE_SIZE,
    },
    skip: waitingForInstrument,
    notifyOnNetworkStatusChange: true,
  });
  const list = (data ?? previousData)?.practiceReports;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <div className="page practice-page">
      <PageMeta title={t('list.title')} description={t('list.lead')} path={PUBLIC_PATHS.practiceReports} />
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.lead')}</p>
      {can('MEMBER') && (
        <p className="practice-section__links">
          <Link to="/mijn-praktijkvoorbeelden">{t('list.mine')}</Link>
          {can('CURATOR') && <Link to="/beheer/praktijkvoorbeelden">{t('list.queue')}</Link>}
        </p>
      )}

      <form className="practice-filters" aria-label={t('list.filters')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label className="field__label" htmlFor={ids.phase}>
            {t('list.phase')}
          </label>
          <select id={ids.phase} value={filters.phase ?? ''} onChange={(event) => setFilter('fase', event.target.value)}>
            <option value="">{t('list.any')}</option>
            {vocabularies?.phases.filter((p) => !p.hidden).map((p) => (
              <option key={p.code} value={p.code}>
                {term(p)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.sector}>
            {t('list.sector')}
          </label>
          <select id={ids.sector} value={filters.sector ?? ''} onChange={(event) => setFilter('sector', event.target.value)}>
            <option value="">{t('list.any')}</option>
            {vocabularies?.sectors.filter((s) => !s.hidden).map((s) => (
              <option key={s.code} value={s.code}>
                {term(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.partner}>
            {t('list.partnerKind')}
          </label>
          <select id={ids.partner} value={filters.partnerKind ?? ''} onChange={(event) => setFilter('partner', event.target.value)}>
            <option value="">{t('list.any')}</option>
            {PARTNER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {partner(kind)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {instrument && (
        <p className="practice-filters__instrument">
          {t('list.instrument', { title: instrument.title })}{' '}
          <button type="button" className="button button--link" onClick={() => setFilter('instrument', '')}>
            {t('list.clearInstrument')}
          </button>
        </p>
      )}

      {error && !list ? (
        <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
      ) : !list ? (
        <p className="page-loading" role="status">
          {t('list.loading')}
        </p>
      ) : (
        <section aria-labelledby="practice-count">
          <h2 id="practice-count" className="practice-count" aria-live="polite">
            {t('list.count', { count: list.totalCount })}
          </h2>
          {list.edges.length === 0 ? (
            <p className="notice">{t('list.empty')}</p>
          ) : (
            <ul className="practice-list" aria-busy={networkStatus !== NetworkStatus.ready}>
              {list.edges.map(({ node }) => (
                <li key={node.id} className="card">
                  <PracticeReportSummary report={node} showInstrument />
                </li>
              ))}
            </ul>
          )}
          {list.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button"
              disabled={loadingMore}
              onClick={() => void fetchMore({ variables: { after: list.pageInfo.endCursor } }).catch(() => undefined)}
            >
              {loadingMore ? t('list.loadingMore') : t('list.loadMore')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
