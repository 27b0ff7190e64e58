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
