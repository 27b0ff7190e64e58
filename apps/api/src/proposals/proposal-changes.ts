import { INSTRUMENT_FIELDS, type InstrumentFieldName } from '#domain';
import type { Proposal, ProposalEvent, ProposalFieldChange } from './proposal.model.js';

/** What a request for changes keeps of the proposal: every descriptive field, and the motivation. */
export type ProposalFieldSnapshot = Partial<Record<InstrumentFieldName | 'motivation', unknown>>;

export function snapshotOf(proposal: Proposal): ProposalFieldSnapshot {
  return {
    ...Object.fromEntries(INSTRUMENT_FIELDS.map((f) => [f.name, proposal[f.name]])),
    motivation: proposal.motivation,
  };
}

const KIND = new Map<string, string>(INSTRUMENT_FIELDS.map((f) => [f.name, f.kind]));

/** A value as the lines a person compares: a text, codes (a set in code order), links as "label (url)". */
function lines(field: string, value: unknown): string[] {
  if (value === null || value === undefined) return [];
  switch (KIND.get(field)) {
    case 'terms':
      return [...(value as string[])].sort();
    case 'links':
      return (value as { label: string; url: string }[]).map((l) => `${l.label} (${l.url})`);
    default: {
      const text = String(value);
      return text.trim() === '' ? [] : [text];
    }
  }
}

/**
 * What the proposer changed since the last request for changes, field by field in the one
 * definition's order (then the motivation); null when changes were never requested, or only
 * before such requests kept the fields.
 */
export function changesSinceRequest(proposal: Proposal, events: readonly ProposalEvent[]): ProposalFieldChange[] | null {
  const request = events.findLast((e) => e.to === 'CHANGES_REQUESTED');
  if (!request?.fields) return null;
  const now = snapshotOf(proposal);
  return [...INSTRUMENT_FIELDS.map((f) => f.name), 'motivation' as const].flatMap((field) => {
    const before = lines(field, request.fields![field]);
    const after = lines(field, now[field]);
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field, before, after }];
  });
}
