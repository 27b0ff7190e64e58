import type { EvidenceLevel, Language, Origin, PrototypeStatus } from '#domain';

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
