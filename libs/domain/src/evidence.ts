import type { Labels } from './vocabulary.js';

/** What an evidence assessment may cite: a link, a practice report or a pilot (issue #21). */
export const EVIDENCE_SOURCE_KINDS = ['LINK', 'PRACTICE_REPORT', 'PILOT'] as const;
export type EvidenceSourceKind = (typeof EVIDENCE_SOURCE_KINDS)[number];

export const EVIDENCE_SOURCE_KIND_LABELS: Record<EvidenceSourceKind, Labels> = {
  LINK: { nl: 'Link', en: 'Link' },
  PRACTICE_REPORT: { nl: 'Praktijkvoorbeeld', en: 'Practice report' },
  PILOT: { nl: 'Pilot', en: 'Pilot' },
};

export const EVIDENCE_ASSESSMENT_LIMITS = {
  reason: { min: 1, max: 2_000 },
  sources: { max: 10 },
} as const;

/** The reason of the first assessment of a level that was in the catalogue before assessments existed. */
export const MIGRATED_ASSESSMENT_REASON = 'Overgenomen uit de catalogus';
/** The reason of an assessment that an import file set. */
export const IMPORT_ASSESSMENT_REASON = 'Import';
/** The reason of an assessment given with a new instrument when the curator gave none. */
export const CREATED_ASSESSMENT_REASON = 'Vastgelegd bij het aanmaken';
