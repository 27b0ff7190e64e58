import { Bar, BarChart, LabelList, Rectangle, ResponsiveContainer, XAxis, YAxis, type BarShapeProps, type LabelProps } from 'recharts';

export interface BarDatum {
  code: string;
  label: string;
  count: number;
}

const BAR_SIZE = 16;

/**
 * The recharts drawing of CountBarChart, in its own chunk: loaded when the chart scrolls into
 * view, never rendered on the server (CountBarChart keeps a box of the same height until then).
 */
export function CountBarPlot({ data, height, onBar }: { data: BarDatum[]; height: number; onBar: (datum: BarDatum) => void }) {
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  return (
    <ResponsiveContainer width="100%" height={height}>
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
            const datum = data[index];
            if (datum) onBar(datum);
          }}
        >
          {/* Labels above the bars get the full width, which long Dutch labels need on a phone. */}
          <LabelList dataKey="label" content={CategoryLabel} />
          <LabelList dataKey="count" position="right" className="count-chart__value" fill="var(--color-ink)" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
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
