import type { Labels } from './vocabulary.js';

/** A practice report (praktijkvoorbeeld): SUBMITTED → PUBLISHED | DECLINED; only PUBLISHED is public. */
export const PRACTICE_REPORT_STATUSES = ['SUBMITTED', 'PUBLISHED', 'DECLINED'] as const;
export type PracticeReportStatus = (typeof PRACTICE_REPORT_STATUSES)[number];

export const PRACTICE_REPORT_STATUS_LABELS: Record<PracticeReportStatus, Labels> = {
  SUBMITTED: { nl: 'Ingediend', en: 'Submitted' },
  PUBLISHED: { nl: 'Gepubliceerd', en: 'Published' },
  DECLINED: { nl: 'Niet gepubliceerd', en: 'Declined' },
};

/** With whom the learning community worked: a fixed list (its rules are in code, not reference data). */
export const PARTNER_KINDS = ['COMPANIES', 'PUBLIC_BODIES', 'SCHOOLS', 'OTHERS'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_KIND_LABELS: Record<PartnerKind, Labels> = {
  COMPANIES: { nl: 'Bedrijven', en: 'Companies' },
  PUBLIC_BODIES: { nl: 'Overheden en publieke organisaties', en: 'Public bodies' },
  SCHOOLS: { nl: 'Onderwijsinstellingen', en: 'Schools' },
  OTHERS: { nl: 'Anderen', en: 'Others' },
};

export type PracticeReportAction = 'EDIT' | 'PUBLISH' | 'DECLINE';

/**
 * From which statuses each action may be taken and where it leads. The author edits until it is
 * published; editing a declined report offers it again (SUBMITTED).
 */
export const PRACTICE_REPORT_ACTIONS: Record<PracticeReportAction, { from: readonly PracticeReportStatus[]; to: PracticeReportStatus }> = {
  EDIT: { from: ['SUBMITTED', 'DECLINED'], to: 'SUBMITTED' },
  PUBLISH: { from: ['SUBMITTED'], to: 'PUBLISHED' },
  DECLINE: { from: ['SUBMITTED'], to: 'DECLINED' },
};

export function canTakePracticeReportAction(action: PracticeReportAction, status: PracticeReportStatus): boolean {
  return PRACTICE_REPORT_ACTIONS[action].from.includes(status);
}

export const PRACTICE_REPORT_LIMITS = {
  communityName: { max: 160 },
  sectors: { min: 1, max: 10 },
  partnerKinds: { min: 1, max: PARTNER_KINDS.length },
  /** What they did, what it yielded, what they would change. */
  story: { min: 20, max: 4_000 },
  contact: { max: 254 },
  reason: { min: 5, max: 2_000 },
} as const;

/** A month of the period, as `YYYY-MM`; such strings sort as the months do. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MONTH_PATTERN_SQL = '^[0-9]{4}-(0[1-9]|1[0-2])$';

/** A period is a month to a later (or the same) month, or open-ended (still running). */
export function isPeriod(from: string, to: string | null | undefined): boolean {
  return MONTH_PATTERN.test(from) && (to == null || (MONTH_PATTERN.test(to) && to >= from));
}
