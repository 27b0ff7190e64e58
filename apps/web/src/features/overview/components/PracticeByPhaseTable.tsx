import { useTranslation } from 'react-i18next';
import { useTermLabel } from '../../../app/labels';
import type { OverviewPageQuery } from '../graphql/overview.generated';

type Row = OverviewPageQuery['overview']['practiceByPhase'][number];

/**
 * Per phase: its instruments, how many were piloted (and pilots in all), and how many have a
 * published practice report. A phase with instruments and no practice at all is marked.
 */
export function PracticeByPhaseTable({ rows }: { rows: readonly Row[] }) {
  const { t } = useTranslation('overview');
  const label = useTermLabel();
  return (
    <>
      <p>{t('practice.lead')}</p>
      {/* Scrolls sideways on a narrow screen: focusable, so the keyboard can scroll it too. */}
      <div className="practice-table__scroll" role="region" aria-label={t('practice.caption')} tabIndex={0}>
        <table className="count-table practice-table">
          <caption className="visually-hidden">{t('practice.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('practice.phase')}</th>
              <th scope="col" className="count-table__count">
                {t('practice.instruments')}
              </th>
              <th scope="col" className="count-table__count">
                {t('practice.piloted')}
              </th>
              <th scope="col" className="count-table__count">
                {t('practice.pilots')}
              </th>
              <th scope="col" className="count-table__count">
                {t('practice.withPractice')}
              </th>
              <th scope="col" className="count-table__count">
                {t('practice.reports')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const gap = row.phase.count > 0 && row.instrumentsPiloted === 0 && row.instrumentsWithPractice === 0;
              return (
                <tr key={row.phase.code} className={gap ? 'practice-table__row--gap' : undefined}>
                  <th scope="row">
                    {label(row.phase)}
                    {gap && <span className="practice-table__gap"> ({t('practice.gap')})</span>}
                  </th>
                  <td className="count-table__count">{row.phase.count}</td>
                  <td className="count-table__count">{row.instrumentsPiloted}</td>
                  <td className="count-table__count">{row.pilots}</td>
                  <td className="count-table__count">{row.instrumentsWithPractice}</td>
                  <td className="count-table__count">{row.practiceReports}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
