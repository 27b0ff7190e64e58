import type { Labels } from './vocabulary.js';

/** Why a member reports a review to the curators: a short fixed list, with room for a note. */
export const REVIEW_REPORT_REASONS = ['OFFENSIVE', 'PERSONAL_DATA', 'SPAM', 'OFF_TOPIC', 'OTHER'] as const;
export type ReviewReportReason = (typeof REVIEW_REPORT_REASONS)[number];

export const REVIEW_REPORT_REASON_LABELS: Record<ReviewReportReason, Labels> = {
  OFFENSIVE: { nl: 'Beledigend of kwetsend', en: 'Offensive or hurtful' },
  PERSONAL_DATA: { nl: 'Bevat persoonsgegevens', en: 'Contains personal data' },
  SPAM: { nl: 'Reclame of spam', en: 'Advertising or spam' },
  OFF_TOPIC: { nl: 'Gaat niet over dit instrument', en: 'Not about this instrument' },
  OTHER: { nl: 'Iets anders', en: 'Something else' },
};

/** "Iets anders" needs the note to say what. */
export function reportNeedsNote(reason: ReviewReportReason): boolean {
  return reason === 'OTHER';
}

export const REVIEW_REPORT_LIMITS = {
  note: { max: 500 },
} as const;
