import { describe, expect, it } from '@jest/globals';
import { isPilotDate, pilotPeriodValid, pilotTakesFeedback } from './pilots.js';

describe('pilot dates', () => {
  it('accepts only dates that exist, as YYYY-MM-DD', () => {
    expect(isPilotDate('2026-09-01')).toBe(true);
    expect(isPilotDate('2028-02-29')).toBe(true);
    for (const value of ['2026-02-30', '2026-13-01', '0000-01-01', '2026-9-1', '1 september 2026', '2026-09-01T00:00:00Z', '', null, 20260901]) {
      expect(isPilotDate(value)).toBe(false);
    }
  });

  it('lets a period end on or after its start, or stay open', () => {
    expect(pilotPeriodValid('2026-09-01', null)).toBe(true);
    expect(pilotPeriodValid('2026-09-01', '2026-09-01')).toBe(true);
    expect(pilotPeriodValid('2026-09-01', '2026-08-31')).toBe(false);
  });

  it('takes feedback once the pilot has started', () => {
    expect([pilotTakesFeedback('PLANNED'), pilotTakesFeedback('RUNNING'), pilotTakesFeedback('FINISHED')]).toEqual([false, true, true]);
  });
});
