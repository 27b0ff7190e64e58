import type { Labels, PrototypeStatus } from './vocabulary.js';

/** A pilot of a prototype in one learning community: planned, running, then finished. */
export const PILOT_STATES = ['PLANNED', 'RUNNING', 'FINISHED'] as const;
export type PilotState = (typeof PILOT_STATES)[number];

export const PILOT_STATE_LABELS: Record<PilotState, Labels> = {
  PLANNED: { nl: 'Gepland', en: 'Planned' },
  RUNNING: { nl: 'Loopt', en: 'Running' },
  FINISHED: { nl: 'Afgerond', en: 'Finished' },
};

/** The working group pilots prototypes: pilots are recorded while an instrument is a prototype or piloting. */
export const PILOTABLE_STATUSES: readonly PrototypeStatus[] = ['PROTOTYPE', 'PILOTING'];

/** Sites give feedback once the pilot has started. */
export function pilotTakesFeedback(state: PilotState): boolean {
  return state !== 'PLANNED';
}

export const PILOT_LIMITS = {
  community: { min: 2, max: 160 },
  note: { max: 2_000 },
  worked: { min: 3, max: 2_000 },
  change: { max: 2_000 },
  usefulness: { min: 1, max: 5 },
} as const;

/** A calendar date as YYYY-MM-DD that exists (no 2026-02-30), in the years a pilot can have. */
export function isPilotDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^(19|20)\d{2}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The period is valid when it has no end, or ends on or after its start. */
export function pilotPeriodValid(startsOn: string, endsOn: string | null | undefined): boolean {
  return !endsOn || endsOn >= startsOn;
}
