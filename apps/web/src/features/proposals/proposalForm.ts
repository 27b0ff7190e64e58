import { INSTRUMENT_LIMITS as L, LANGUAGES, PROPOSAL_LIMITS as P, type Language, type Origin } from '#domain';
import {
  DESCRIPTIVE_FIELDS,
  NULLABLE_TEXT,
  descriptiveInput,
  descriptiveValues,
  emptyDescriptiveValues,
  filledLinks,
  isEmailAddress,
  isWebAddress,
  limitsOf,
  type DescriptiveValues,
} from '../../app/fields/instrumentFields';
import type { FieldProblem, FieldProblems } from '../../app/fields/fieldProblem';
import type { ProposalFieldsFragment } from './graphql/proposals.generated';
import type { ProposalEditsInput, SubmitProposalInput } from '../../generated/graphql';

/** The descriptive fields (a proposal always names its origin and language) and the proposer's motivation. */
export interface ProposalFormValues extends Omit<DescriptiveValues, 'origin' | 'language'> {
  origin: Origin;
  language: Language;
  motivation: string;
}

/** The form's fields, in the order they appear (the first invalid one gets the focus). */
export const PROPOSAL_FIELDS = [...DESCRIPTIVE_FIELDS, 'motivation'] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

/** A message key of the `proposals` namespace with its values per field; link rows use `links.<i>.label|url`. */
export type ProposalProblems = FieldProblems;

export function emptyProposal(): ProposalFormValues {
  return { ...emptyDescriptiveValues(), origin: 'EXISTING', language: 'nl', motivation: '' };
}

export function valuesFromProposal(p: ProposalFieldsFragment): ProposalFormValues {
  return {
    ...descriptiveValues(p),
    origin: p.origin,
    language: (LANGUAGES as readonly string[]).includes(p.language) ? (p.language as Language) : 'nl',
    motivation: p.motivation,
  };
}

function length(value: string, min: number, max: number): FieldProblem | undefined {
  const count = value.trim().length;
  if (min > 0 && count === 0) return { key: 'validation.required' };
  if (count < min || count > max) return { key: 'validation.length', values: { min, max, count } };
  return undefined;
}

function maxLength(value: string, max: number): FieldProblem | undefined {
  const count = value.trim().length;
  return count > max ? { key: 'validation.max', values: { max, count } } : undefined;
}

/** The same limits the API checks (libs/domain), said per field before anything is sent. */
export function validateProposal(v: ProposalFormValues): ProposalProblems {
  const problems: ProposalProblems = {
    title: length(v.title, L.title.min, L.title.max),
    summary: length(v.summary, L.summary.min, L.summary.max),
    description: maxLength(v.description, L.description.max),
    type: v.type ? undefined : { key: 'validation.type' },
    phases:
      v.phases.length < L.phases.min
        ? { key: 'validation.phases' }
        : v.phases.length > L.phases.max
          ? { key: 'validation.phasesMax' }
          : undefined,
    audiences: v.audiences.length > L.terms.max ? { key: 'validation.termsMax' } : undefined,
    sectors: v.sectors.length > L.terms.max ? { key: 'validation.termsMax' } : undefined,
    tags: v.tags.length > L.terms.max ? { key: 'validation.termsMax' } : undefined,
    // The optional texts have a maximum length only; an e-mail address must also be one.
    ...Object.fromEntries(NULLABLE_TEXT.map((field) => [field, maxLength(v[field], limitsOf(field).max)])),
    contactEmail:
      maxLength(v.contactEmail, L.contactEmail.max) ??
      (v.contactEmail.trim() && !isEmailAddress(v.contactEmail.trim()) ? { key: 'validation.email' } : undefined),
    links: filledLinks(v.links).length > L.links.max ? { key: 'validation.linksMax' } : undefined,
    motivation:
      v.motivation.trim().length === 0
        ? { key: 'validation.required' }
        : v.motivation.trim().length < P.motivation.min || v.motivation.trim().length > P.motivation.max
          ? { key: 'validation.motivation', values: { count: v.motivation.trim().length } }
          : undefined,
  };
  for (const { row, index } of filledLinks(v.links)) {
    const label = row.label.trim();
    if (!label) problems[`links.${index}.label`] = { key: 'validation.linkLabel' };
    else if (label.length > L.linkLabel.max) problems[`links.${index}.label`] = { key: 'validation.max', values: { max: L.linkLabel.max, count: label.length } };
    const url = row.url.trim();
    if (!isWebAddress(url)) problems[`links.${index}.url`] = { key: 'validation.url' };
    else if (url.length > L.linkUrl.max) problems[`links.${index}.url`] = { key: 'validation.max', values: { max: L.linkUrl.max, count: url.length } };
  }
  return Object.fromEntries(Object.entries(problems).filter(([, p]) => p !== undefined));
}

/** Link-row paths as the API names them (`links.0.url`), matched before the whole `links` field. */
export function knownServerFields(values: ProposalFormValues): string[] {
  const rows = filledLinks(values.links).flatMap((_, i) => [`links.${i}.label`, `links.${i}.url`]);
  return [...rows, ...PROPOSAL_FIELDS];
}

/** The API counts only the links that were sent; the form counts every row, empty ones included. */
export function formPathOf(values: ProposalFormValues, serverPath: string): string {
  const match = /^links\.(\d+)\.(label|url)$/.exec(serverPath);
  if (!match) return serverPath;
  const row = filledLinks(values.links)[Number(match[1])];
  return row ? `links.${row.index}.${match[2]}` : 'links';
}

/**
 * The input for submitProposal / updateProposal. Empty optional texts are null, so an edit can
 * clear them (and an empty e-mail address is not checked as one).
 */
export function proposalInput(v: ProposalFormValues): SubmitProposalInput {
  return { ...(descriptiveInput(v) as Omit<SubmitProposalInput, 'motivation'>), motivation: v.motivation.trim() };
}

/**
 * A curator's corrections while accepting: only the fields whose input differs from the
 * proposal's (`initial`), null when there are none. The motivation is the proposer's, never an edit.
 */
export function proposalEdits(initial: ProposalFormValues, input: SubmitProposalInput): ProposalEditsInput | null {
  const before = proposalInput(initial) as Record<string, unknown>;
  const changed = Object.entries(input).filter(([field, value]) => field !== 'motivation' && JSON.stringify(value) !== JSON.stringify(before[field]));
  return changed.length ? (Object.fromEntries(changed) as ProposalEditsInput) : null;
}
