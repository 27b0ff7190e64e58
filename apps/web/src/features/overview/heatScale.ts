/**
 * The heatmap's sequential scale: five steps of blue, plus step 0 for empty cells. Steps are
 * relative to the largest cell, so the scale stays readable whether the catalogue holds 10 or 500
 * instruments. The colours themselves live in overview.css (.heat--0 … .heat--5), where each step
 * is paired with a text colour that keeps AA contrast.
 */
export const HEAT_STEPS = 5;

export type HeatLevel = 0 | 1 | 2 | 3 | 4 | 5;

export function heatLevel(count: number, max: number): HeatLevel {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(HEAT_STEPS, Math.max(1, Math.ceil((count * HEAT_STEPS) / max))) as HeatLevel;
}

export interface HeatRange {
  level: HeatLevel;
  from: number;
  to: number;
}

/** The counts each non-empty step stands for, for the legend; steps no whole number falls in are left out. */
export function heatRanges(max: number): HeatRange[] {
  const ranges: HeatRange[] = [];
  for (let level = 1; level <= HEAT_STEPS; level++) {
    const from = Math.floor(((level - 1) * max) / HEAT_STEPS) + 1;
    const to = Math.floor((level * max) / HEAT_STEPS);
    if (from <= to) ranges.push({ level: level as HeatLevel, from, to });
  }
  return ranges;
}
