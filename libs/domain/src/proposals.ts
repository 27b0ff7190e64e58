import type { Labels } from './vocabulary.js';

export const PROPOSAL_STATUSES = [
  'SUBMITTED',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'ACCEPTED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, Labels> = {
  SUBMITTED: { nl: 'Ingediend', en: 'Submitted' },
  IN_REVIEW: { nl: 'In beoordeling', en: 'In review' },
  CHANGES_REQUESTED: { nl: 'Aanpassing gevraagd', en: 'Changes requested' },
  ACCEPTED: { nl: 'Geaccepteerd', en: 'Accepted' },
  REJECTED: { nl: 'Afgewezen', en: 'Rejected' },
  WITHDRAWN: { nl: 'Ingetrokken', en: 'Withdrawn' },
};

export type ProposalAction = 'START_REVIEW' | 'REQUEST_CHANGES' | 'REJECT' | 'ACCEPT' | 'RESUBMIT' | 'WITHDRAW' | 'EDIT';

/** From which statuses each action may be taken, and where it leads (EDIT keeps the status). */
export const PROPOSAL_ACTIONS: Record<ProposalAction, { from: readonly ProposalStatus[]; to: ProposalStatus | null }> = {
  START_REVIEW: { from: ['SUBMITTED'], to: 'IN_REVIEW' },
  REQUEST_CHANGES: { from: ['IN_REVIEW'], to: 'CHANGES_REQUESTED' },
  REJECT: { from: ['IN_REVIEW'], to: 'REJECTED' },
  ACCEPT: { from: ['IN_REVIEW'], to: 'ACCEPTED' },
  RESUBMIT: { from: ['CHANGES_REQUESTED'], to: 'SUBMITTED' },
  WITHDRAW: { from: ['SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED'], to: 'WITHDRAWN' },
  EDIT: { from: ['SUBMITTED', 'CHANGES_REQUESTED'], to: null },
};

/** Decided proposals never change again. */
export const DECIDED_PROPOSAL_STATUSES: readonly ProposalStatus[] = ['ACCEPTED', 'REJECTED', 'WITHDRAWN'];

/** Proposals that still compete with instruments for a title ("open"). */
export const OPEN_PROPOSAL_STATUSES: readonly ProposalStatus[] = ['SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED'];

export function canTakeProposalAction(action: ProposalAction, status: ProposalStatus): boolean {
  return PROPOSAL_ACTIONS[action].from.includes(status);
}

export const PROPOSAL_LIMITS = {
  motivation: { min: 10, max: 2_000 },
  reason: { min: 5, max: 2_000 },
} as const;
