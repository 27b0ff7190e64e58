import { MONTH_PATTERN, PRACTICE_REPORT_LIMITS as L, isPeriod, type PartnerKind } from '#domain';

/** What the form holds; the same names as the API's input. */
export interface PracticeReportDraft {
  communityName: string;
  sectors: string[];
  partnerKinds: PartnerKind[];
  phase: string;
  periodFrom: string;
  periodTo: string;
  whatWeDid: string;
  whatItYielded: string;
  whatWeWouldChange: string;
  contact: string;
}

export const EMPTY_DRAFT: PracticeReportDraft = {
  communityName: '',
  sectors: [],
  partnerKinds: [],
  phase: '',
  periodFrom: '',
  periodTo: '',
  whatWeDid: '',
  whatItYielded: '',
  whatWeWouldChange: '',
  contact: '',
};

export type DraftField = keyof PracticeReportDraft;
export const STORY_FIELDS = ['whatWeDid', 'whatItYielded', 'whatWeWouldChange'] as const;

/** The problems of a draft, per field, as message keys with their values; the API checks the same limits. */
export function draftProblems(draft: PracticeReportDraft): Partial<Record<DraftField, { key: string; count?: number }>> {
  const problems: Partial<Record<DraftField, { key: string; count?: number }>> = {};
  if (draft.communityName.trim().length > L.communityName.max) problems.communityName = { key: 'communityName' };
  if (draft.sectors.length < L.sectors.min) problems.sectors = { key: 'sectors' };
  if (draft.partnerKinds.length < L.partnerKinds.min) problems.partnerKinds = { key: 'partnerKinds' };
  if (!draft.phase) problems.phase = { key: 'phase' };
  if (!MONTH_PATTERN.test(draft.periodFrom)) problems.periodFrom = { key: 'periodFrom' };
  else if (draft.periodTo && !isPeriod(draft.periodFrom, draft.periodTo)) problems.periodTo = { key: 'periodTo' };
  for (const field of STORY_FIELDS) {
    const length = draft[field].trim().length;
    if (length < L.story.min || length > L.story.max) problems[field] = { key: 'story', count: length };
  }
  if (draft.contact.trim().length > L.contact.max) problems.contact = { key: 'contact' };
  return problems;
}

/** The draft as the API's input fields: trimmed, empty optional texts as null. */
export function draftInput(draft: PracticeReportDraft) {
  const optional = (value: string) => value.trim() || null;
  return {
    communityName: optional(draft.communityName),
    sectors: draft.sectors,
    partnerKinds: draft.partnerKinds,
    phase: draft.phase,
    periodFrom: draft.periodFrom,
    periodTo: draft.periodTo || null,
    whatWeDid: draft.whatWeDid.trim(),
    whatItYielded: draft.whatItYielded.trim(),
    whatWeWouldChange: draft.whatWeWouldChange.trim(),
    contact: optional(draft.contact),
  };
}
