/**
 * Fixed vocabularies (lifecycle, evidence, origin) live in code because their rules do;
 * extendable vocabularies (phases, types, audiences, sectors, tags) are reference data in the
 * database. Their codes here are only the ones the first migration seeds.
 */

export interface Labels {
  nl: string;
  en: string;
}

export const PROTOTYPE_STATUSES = [
  'IDEA',
  'IN_DESIGN',
  'PROTOTYPE',
  'PILOTING',
  'AVAILABLE',
  'RETIRED',
] as const;
export type PrototypeStatus = (typeof PROTOTYPE_STATUSES)[number];

export const PROTOTYPE_STATUS_LABELS: Record<PrototypeStatus, Labels> = {
  IDEA: { nl: 'Idee', en: 'Idea' },
  IN_DESIGN: { nl: 'In ontwerp', en: 'In design' },
  PROTOTYPE: { nl: 'Prototype', en: 'Prototype' },
  PILOTING: { nl: 'In pilot', en: 'Piloting' },
  AVAILABLE: { nl: 'Beschikbaar', en: 'Available' },
  RETIRED: { nl: 'Vervallen', en: 'Retired' },
};

export const EVIDENCE_LEVELS = [
  'NOT_ASSESSED',
  'DESCRIBED',
  'SUBSTANTIATED',
  'FIRST_INDICATIONS',
  'GOOD_INDICATIONS',
  'STRONG_INDICATIONS',
] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const EVIDENCE_LEVEL_LABELS: Record<EvidenceLevel, Labels> = {
  NOT_ASSESSED: { nl: 'Niet beoordeeld', en: 'Not assessed' },
  DESCRIBED: { nl: 'Goed beschreven', en: 'Well described' },
  SUBSTANTIATED: { nl: 'Goed onderbouwd', en: 'Well substantiated' },
  FIRST_INDICATIONS: {
    nl: 'Eerste aanwijzingen voor effectiviteit',
    en: 'First indications of effectiveness',
  },
  GOOD_INDICATIONS: {
    nl: 'Goede aanwijzingen voor effectiviteit',
    en: 'Good indications of effectiveness',
  },
  STRONG_INDICATIONS: {
    nl: 'Sterke aanwijzingen voor effectiviteit',
    en: 'Strong indications of effectiveness',
  },
};

export const ORIGINS = ['EXISTING', 'NETWORK'] as const;
export type Origin = (typeof ORIGINS)[number];

export const ORIGIN_LABELS: Record<Origin, Labels> = {
  EXISTING: { nl: 'Bestaand (inventarisatie)', en: 'Existing (inventory)' },
  NETWORK: { nl: 'Ontworpen in het netwerk', en: 'Designed in the network' },
};

/** The database-backed vocabularies, by the name used in the API. */
export const REFERENCE_VOCABULARIES = ['phase', 'type', 'audience', 'sector', 'tag'] as const;
export type ReferenceVocabulary = (typeof REFERENCE_VOCABULARIES)[number];

/** Every facet of the catalogue, in the order the catalogue shows them. */
export const FACETS = [
  'phase',
  'status',
  'type',
  'audience',
  'sector',
  'evidence',
  'tag',
  'origin',
] as const;
export type FacetName = (typeof FACETS)[number];

/** Codes seeded by the first migration (reference data may grow beyond these). */
export const SEEDED_PHASE_CODES = ['DEVELOP', 'SUSTAIN_SCALE', 'EVALUATE'] as const;
export const SEEDED_TYPE_CODES = [
  'CANVAS',
  'CHECKLIST',
  'QUESTIONNAIRE',
  'RUBRIC',
  'WORK_FORM',
  'GUIDE',
  'MODEL',
  'GAME',
  'ONLINE_TOOL',
  'OTHER',
] as const;
export const SEEDED_AUDIENCE_CODES = [
  'TEACHERS',
  'STUDENTS',
  'RESEARCHERS',
  'WORK_FIELD',
  'MANAGEMENT',
  'COORDINATORS',
] as const;
export const SEEDED_SECTOR_CODES = ['MBO', 'HBO', 'WO', 'PRACTICE'] as const;

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
