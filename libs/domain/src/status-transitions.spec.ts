import { describe, expect, it } from '@jest/globals';
import { allowedNextStatuses, classifyTransition, transitionNeedsNote } from './status-transitions.js';

describe('status transitions', () => {
  it('lets a new instrument start as an idea or, found during inventory, as available', () => {
    expect(allowedNextStatuses(null)).toEqual(['IDEA', 'AVAILABLE']);
  });

  it('moves forward one step at a time', () => {
    expect(classifyTransition('IDEA', 'IN_DESIGN')).toBe('FORWARD');
    expect(classifyTransition('PILOTING', 'AVAILABLE')).toBe('FORWARD');
    expect(classifyTransition('IDEA', 'PROTOTYPE')).toBeNull();
    expect(classifyTransition('IN_DESIGN', 'AVAILABLE')).toBeNull();
  });

  it('moves back one step, and retires from anywhere, with a note', () => {
    expect(classifyTransition('PILOTING', 'PROTOTYPE')).toBe('BACKWARD');
    expect(classifyTransition('PILOTING', 'IN_DESIGN')).toBeNull();
    for (const from of ['IDEA', 'IN_DESIGN', 'PROTOTYPE', 'PILOTING', 'AVAILABLE'] as const) {
      expect(classifyTransition(from, 'RETIRED')).toBe('RETIRE');
    }
    expect(transitionNeedsNote('BACKWARD')).toBe(true);
    expect(transitionNeedsNote('RETIRE')).toBe(true);
    expect(transitionNeedsNote('FORWARD')).toBe(false);
  });

  it('ends at retired and never stays put', () => {
    expect(allowedNextStatuses('RETIRED')).toEqual([]);
    expect(classifyTransition('AVAILABLE', 'AVAILABLE')).toBeNull();
    expect(allowedNextStatuses('PROTOTYPE')).toEqual(['IN_DESIGN', 'PILOTING', 'RETIRED']);
  });
});

describe('the whole transition matrix', () => {
  // Rows: from (null = a new instrument); columns in PROTOTYPE_STATUSES order:
  // IDEA, IN_DESIGN, PROTOTYPE, PILOTING, AVAILABLE, RETIRED.  F forward, B back, R retire, E entry, . refused
  const MATRIX: Record<string, string> = {
    null: 'E...E.',
    IDEA: '.F...R',
    IN_DESIGN: 'B.F..R',
    PROTOTYPE: '.B.F.R',
    PILOTING: '..B.FR',
    AVAILABLE: '...B.R',
    RETIRED: '......',
  };
  const KIND: Record<string, string | null> = { F: 'FORWARD', B: 'BACKWARD', R: 'RETIRE', E: 'ENTRY', '.': null };
  const STATUSES = ['IDEA', 'IN_DESIGN', 'PROTOTYPE', 'PILOTING', 'AVAILABLE', 'RETIRED'] as const;

  it.each(Object.entries(MATRIX))('from %s', (from, row) => {
    const actual = STATUSES.map((to) => classifyTransition(from === 'null' ? null : (from as (typeof STATUSES)[number]), to));
    expect(actual).toEqual([...row].map((c) => KIND[c]));
  });
});
