import type { EvidenceLevel, InstrumentFieldValues, Language, Origin, PrototypeStatus } from '#domain';

/** A tag as curated reference data: `code` is a stable kebab-case slug. */
export interface ExampleTag {
  code: string;
  nl: string;
  en: string;
}

export interface ExampleStatusChange {
  from: PrototypeStatus | null;
  to: PrototypeStatus;
  note: string | null;
  /** Display name of the (fictional) curator who made the change. */
  by: string;
  /** ISO 8601 timestamp. */
  at: string;
}

export interface ExampleInstrument {
  slug: string;
  title: string;
  summary: string;
  /** Markdown. */
  description: string;
  phases: string[];
  type: string;
  audiences: string[];
  sectors: string[];
  tags: string[];
  status: PrototypeStatus;
  evidence: EvidenceLevel;
  origin: Origin;
  ownerOrganisation: string;
  contactName: string;
  contactEmail: string;
  links: { label: string; url: string }[];
  language: Language;
  licence: string;
  timeNeeded: string;
  /** ISO 8601 timestamp; equals the `at` of the first history entry. */
  createdAt: string;
  /** Oldest first; the first entry has `from: null`, the last entry's `to` equals `status`. */
  history: ExampleStatusChange[];
}

/** A fictional person of the example community; never able to sign in (see seed-example-data.ts). */
export interface ExampleMember {
  /** Key the ratings and proposals use. */
  key: string;
  email: string;
  displayName: string;
  role: 'MEMBER' | 'CURATOR';
}

/** One member's stars for one example instrument, with an optional review. */
export interface ExampleRating {
  instrument: string;
  member: string;
  score: 1 | 2 | 3 | 4 | 5;
  review: string | null;
  context?: { sector?: string; phase?: string };
  /** ISO 8601 timestamp. */
  at: string;
}

/** A proposal's fields as a member wrote them: the instrument's fields (codes) and a motivation. */
export type ExampleProposalFields = InstrumentFieldValues & { motivation: string };

export type ExampleProposalStatus = 'SUBMITTED' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'ACCEPTED' | 'REJECTED' | 'WITHDRAWN';

export interface ExampleProposalStep {
  to: ExampleProposalStatus;
  /** Member key of who took the step (the proposer or a curator). */
  by: string;
  reason?: string;
  /** ISO 8601 timestamp. */
  at: string;
}

export interface ExampleProposal {
  proposer: string;
  /** The fields now; after a request for changes, `before` holds them as they were at that request. */
  fields: ExampleProposalFields;
  before?: Partial<ExampleProposalFields>;
  /** Oldest first; the first step is SUBMITTED by the proposer. */
  steps: ExampleProposalStep[];
  /** ACCEPTED: the slug of the example instrument it became. */
  instrument?: string;
}
