import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../../app/router';
import { Bar, BarChart, LabelList, Rectangle, ResponsiveContainer, XAxis, YAxis, type BarShapeProps, type LabelProps } from 'recharts';
import { useTermLabel } from '../../../app/labels';
import { catalogueHref, type CatalogueParam } from '../catalogueLink';
import { CountTable } from './CountTable';
import type { TermCountItem } from './types';

/** Vertical room per term: its label above, its bar below. */
const ROW_HEIGHT = 44;
const BAR_SIZE = 16;

interface CountBarChartProps {
  terms: readonly TermCountItem[];
  /** The catalogue URL parameter a bar or table row filters on. */
  param: CatalogueParam;
  caption: string;
  /** Header of the term column in the table alternative. */
  column: string;
}

/**
 * Counts per term as horizontal bars. The SVG is hidden from assistive technology; the table in the
 * <details> below carries the same numbers and links for everyone.
 */
export function CountBarChart({ terms, param, caption, column }: CountBarChartProps) {
  const { t } = useTranslation('overview');
  const label = useTermLabel();
  const navigate = useNavigate();
  const data = terms.map((term) => ({ code: term.code, label: label(term), count: term.count }));
  const reducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

  return (
    <figure className="count-chart">
      <figcaption>
        <span className="count-chart__caption">{caption}</span> <span className="count-chart__hint">{t('chart.hint')}</span>
      </figcaption>
      <div className="count-chart__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={data.length * ROW_HEIGHT + 4}>
          {/* accessibilityLayer off: it would make the hidden SVG focusable. */}
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <XAxis type="number" hide allowDecimals={false} domain={[0, (dataMax: number) => Math.max(dataMax, 1)]} />
            <YAxis type="category" dataKey="label" hide />
            <Bar
              dataKey="count"
              barSize={BAR_SIZE}
              className="count-chart__bar"
              isAnimationActive={!reducedMotion}
              // A custom shape keeps zero bars in the chart (recharts drops them otherwise), so their label and "0" still show the gap.
              shape={BarShape}
              onClick={(_, index) => {
                const term = data[index];
                if (term && term.count > 0) void navigate(catalogueHref({ [param]: term.code }));
              }}
            >
              {/* Labels above the bars get the full width, which long Dutch labels need on a phone. */}
              <LabelList dataKey="label" content={CategoryLabel} />
              <LabelList dataKey="count" position="right" className="count-chart__value" fill="var(--color-ink)" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="count-chart__table">
        <summary>{t('chart.showTable')}</summary>
        <CountTable terms={terms} param={param} caption={caption} column={column} hideCaption />
      </details>
    </figure>
  );
}

function BarShape({ x, y, width, height }: BarShapeProps) {
  if (!width || !height) return null;
  return <Rectangle x={x} y={y} width={width} height={height} radius={[0, 3, 3, 0]} />;
}

function CategoryLabel({ viewBox, value }: LabelProps) {
  if (!viewBox || !('y' in viewBox) || !('x' in viewBox)) return null;
  return (
    <text x={viewBox.x} y={viewBox.y - 6} className="count-chart__label">
      {value}
    </text>
  );
}
