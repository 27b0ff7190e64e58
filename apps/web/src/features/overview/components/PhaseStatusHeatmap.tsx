import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import { useTermLabel, type Labelled } from '../../../app/labels';
import { catalogueHref } from '../catalogueLink';
import { heatLevel, heatRanges } from '../heatScale';
import type { TermCountItem } from './types';

export interface PhaseStatusRowItem {
  phase: TermCountItem;
  cells: readonly { status: string; count: number }[];
}

interface PhaseStatusHeatmapProps {
  rows: readonly PhaseStatusRowItem[];
  /** Status labels; the columns follow the API's lifecycle order of the cells. */
  statuses: readonly (Labelled & { code: string })[];
}

/** Phase × status counts as a real table whose cells are shaded by count and link to the catalogue. */
export function PhaseStatusHeatmap({ rows, statuses }: PhaseStatusHeatmapProps) {
  const { t } = useTranslation('overview');
  const label = useTermLabel();
  const captionId = useId();

  if (rows.length === 0) return <p className="notice">{t('heatmap.empty')}</p>;

  const columns = rows[0].cells.map((cell) => cell.status);
  const statusLabel = (code: string) => {
    const term = statuses.find((s) => s.code === code);
    return term ? label(term) : code;
  };
  const max = Math.max(0, ...rows.flatMap((row) => row.cells.map((cell) => cell.count)));

  return (
    <>
      {/* Shown outside the scrolling box so it stays in view; assistive technology reads the caption instead. */}
      <p className="heatmap__caption" aria-hidden="true">
        {t('heatmap.caption')}
      </p>
      {/* Scrolls on its own at narrow widths instead of widening the page; focusable so keyboard users can scroll it too. */}
      <div className="heatmap__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="heatmap">
          <caption id={captionId} className="visually-hidden">
            {t('heatmap.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('heatmap.phase')}</th>
              {columns.map((status) => (
                <th scope="col" key={status}>
                  {statusLabel(status)}
                </th>
              ))}
              <th scope="col" className="heatmap__total">
                {t('heatmap.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const phase = label(row.phase);
              return (
                <tr key={row.phase.code}>
                  <th scope="row">{phase}</th>
                  {row.cells.map((cell) => (
                    <td key={cell.status} className={`heatmap__cell heat--${heatLevel(cell.count, max)}`}>
                      <CountLink
                        count={cell.count}
                        href={catalogueHref({ fase: row.phase.code, status: cell.status })}
                        name={`${phase}, ${statusLabel(cell.status)}`}
                      />
                    </td>
                  ))}
                  <td className="heatmap__cell heatmap__total">
                    <CountLink
                      count={row.phase.count}
                      href={catalogueHref({ fase: row.phase.code })}
                      name={`${phase}, ${t('heatmap.allStatuses')}`}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <HeatmapLegend max={max} />
      <p className="overview__note">{t('heatmap.note')}</p>
    </>
  );
}

/** A count that opens the matching catalogue view; a zero stays plain text, since it would open an empty list. */
function CountLink({ count, href, name }: { count: number; href: string; name: string }) {
  const { t } = useTranslation('overview');
  if (count === 0) return <span className="heatmap__zero">0</span>;
  return (
    <Link to={href} aria-label={t('countLink', { label: name, count })}>
      {count}
    </Link>
  );
}

/** Says in words what each shade stands for, so colour never carries the meaning alone. */
function HeatmapLegend({ max }: { max: number }) {
  const { t } = useTranslation('overview');
  const titleId = useId();
  return (
    <div className="heat-legend">
      <h3 id={titleId} className="heat-legend__title">
        {t('heatmap.legend.title')}
      </h3>
      <p className="heat-legend__intro">{t('heatmap.legend.intro')}</p>
      <ul className="heat-legend__list" aria-labelledby={titleId}>
        <li>
          <span className="heat-legend__swatch heat--0" aria-hidden="true">
            0
          </span>
          {t('heatmap.legend.empty')}
        </li>
        {heatRanges(max).map((range) => (
          <li key={range.level}>
            <span className={`heat-legend__swatch heat--${range.level}`} aria-hidden="true" />
            {range.from === range.to
              ? t('heatmap.legend.single', { count: range.from })
              : t('heatmap.legend.range', { from: range.from, to: range.to })}
          </li>
        ))}
      </ul>
    </div>
  );
}
