import { PROTOTYPE_STATUSES, type PrototypeStatus } from './vocabulary.js';

/** The forward path of the prototype lifecycle; RETIRED sits outside it. */
const LIFECYCLE: readonly PrototypeStatus[] = [
  'IDEA',
  'IN_DESIGN',
  'PROTOTYPE',
  'PILOTING',
  'AVAILABLE',
];

export type TransitionKind = 'ENTRY' | 'FORWARD' | 'BACKWARD' | 'RETIRE';

/** Statuses a new instrument may start in: the start of the lifecycle, or AVAILABLE for an existing one found during inventory. */
export const ENTRY_STATUSES: readonly PrototypeStatus[] = ['IDEA', 'AVAILABLE'];

/** Classifies a move, or returns null when the move is not allowed. `from` null means a new instrument. */
export function classifyTransition(
  from: PrototypeStatus | null,
  to: PrototypeStatus,
): TransitionKind | null {
  if (from === null) return ENTRY_STATUSES.includes(to) ? 'ENTRY' : null;
  if (from === to) return null;
  if (to === 'RETIRED') return 'RETIRE';
  if (from === 'RETIRED') return null;
  const step = LIFECYCLE.indexOf(to) - LIFECYCLE.indexOf(from);
  if (step === 1) return 'FORWARD';
  if (step === -1) return 'BACKWARD';
  return null;
}

/** The statuses reachable from `from` in one allowed move. */
export function allowedNextStatuses(from: PrototypeStatus | null): PrototypeStatus[] {
  return PROTOTYPE_STATUSES.filter((to) => classifyTransition(from, to) !== null);
}

/** Backward moves and retirement must explain themselves. */
export function transitionNeedsNote(kind: TransitionKind): boolean {
  return kind === 'BACKWARD' || kind === 'RETIRE';
}
