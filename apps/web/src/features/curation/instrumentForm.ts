import { ENTRY_STATUSES, INSTRUMENT_LIMITS as L, type EvidenceLevel, type PrototypeStatus } from '#domain';
import {
  DESCRIPTIVE_FIELDS,
  NULLABLE_TEXT,
  descriptiveInputValue,
  descriptiveValues,
  emptyDescriptiveValues,
  isEmailAddress,
  isWebAddress,
  limitsOf,
  type DescriptiveValues,
} from '../../app/fields/instrumentFields';
import type { FieldProblem, FieldProblems } from '../../app/fields/fieldProblem';
import type { CreateInstrumentInput, UpdateInstrumentInput } from '../../generated/graphql';
import type { CuratedInstrumentFieldsFragment } from './graphql/curation.generated';
import type { SuccessorFieldsFragment } from './graphql/successor.generated';

export { linkRow, type LinkRow } from '../../app/fields/instrumentFields';

/** What the editor's form holds: the descriptive fields, and the slug, status and evidence of its own. */
export interface InstrumentFormValues extends DescriptiveValues {
  slug: string;
  /** New instruments only: where the lifecycle starts, and the evidence level. */
  status: PrototypeStatus;
  evidenceLevel: EvidenceLevel;
  /** New instruments with a level only: why (it becomes the first assessment). */
  evidenceReason: string;
  /** "Afgeleid van": the instrument this one is adapted from. */
  derivedFrom: SuccessorFieldsFragment | null;
}

export type FormField = keyof InstrumentFormValues;

/** The fields an update may change (slug, status and evidence have their own ways). */
export const EDITABLE_FIELDS = DESCRIPTIVE_FIELDS satisfies readonly FormField[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** Every field a server error may name, for `fieldErrors`. */
export const FORM_FIELDS: readonly FormField[] = [...EDITABLE_FIELDS, 'slug', 'status', 'evidenceLevel', 'evidenceReason', 'derivedFrom'];


export function emptyValues(): InstrumentFormValues {
  return { ...emptyDescriptiveValues(), slug: '', status: ENTRY_STATUSES[0]!, evidenceLevel: 'NOT_ASSESSED', evidenceReason: '', derivedFrom: null };
}

export function valuesFromInstrument(instrument: CuratedInstrumentFieldsFragment): InstrumentFormValues {
  return {
    ...descriptiveValues(instrument),
    slug: instrument.slug,
    status: instrument.status,
    evidenceLevel: instrument.evidenceLevel,
    evidenceReason: '',
    derivedFrom: instrument.derivedFrom ?? null,
  };
}

/** Did the curator choose another instrument to be adapted from (or none)? */
export function derivedFromChanged(base: InstrumentFormValues, values: InstrumentFormValues): boolean {
  return (base.derivedFrom?.id ?? null) !== (values.derivedFrom?.id ?? null);
}

/** Do two values of a field mean the same? Text ignores outer spaces, term sets their order. */
export function sameValue(field: EditableField, a: InstrumentFormValues, b: InstrumentFormValues): boolean {
  if (field === 'links') {
    return (
      a.links.length === b.links.length &&
      a.links.every((l, i) => l.label.trim() === b.links[i]!.label.trim() && l.url.trim() === b.links[i]!.url.trim())
    );
  }
  const x = a[field];
  const y = b[field];
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((code) => y.includes(code));
  return String(x).trim() === String(y).trim();
}

export function changedFields(base: InstrumentFormValues, values: InstrumentFormValues): EditableField[] {
  return EDITABLE_FIELDS.filter((field) => !sameValue(field, base, values));
}

/**
 * After someone else saved: start from the latest version and put back what this curator changed
 * since opening the editor. Returns the merged values, the fields the other person changed, and
 * the fields both changed (where this curator's value is kept).
 */
export function reapply(
  base: InstrumentFormValues,
  latest: InstrumentFormValues,
  values: InstrumentFormValues,
): { values: InstrumentFormValues; theirs: EditableField[]; both: EditableField[] } {
  const mine = changedFields(base, values);
  const theirs = changedFields(base, latest);
  const merged: InstrumentFormValues = { ...latest };
  for (const field of mine) (merged as unknown as Record<string, unknown>)[field] = values[field];
  return { values: merged, theirs, both: theirs.filter((field) => mine.includes(field)) };
}

/** Only the changed fields, plus the version the editor started from. */
export function updateInput(id: string, version: number, base: InstrumentFormValues, values: InstrumentFormValues): UpdateInstrumentInput {
  const input: Record<string, unknown> = { id, version };
  for (const field of changedFields(base, values)) input[field] = descriptiveInputValue(field, values);
  if (derivedFromChanged(base, values)) input.derivedFromId = values.derivedFrom?.id ?? null;
  return input as unknown as UpdateInstrumentInput;
}

export function createInput(values: InstrumentFormValues): CreateInstrumentInput {
  const input: Record<string, unknown> = { slug: values.slug.trim(), status: values.status, evidenceLevel: values.evidenceLevel };
  if (values.evidenceLevel !== 'NOT_ASSESSED') input.evidenceReason = values.evidenceReason.trim();
  if (values.derivedFrom) input.derivedFromId = values.derivedFrom.id;
  for (const field of EDITABLE_FIELDS) input[field] = descriptiveInputValue(field, values);
  return input as unknown as CreateInstrumentInput;
}

/** A message key of the curation namespace (with values to interpolate) per invalid field or link cell. */
export type ValidationErrors = FieldProblems<FormField | `links.${number}.label` | `links.${number}.url`>;

const problem = (key: string): FieldProblem => ({ key });

/** The same limits the API checks (libs/domain), as keys of Dutch/English messages. */
export function validate(values: InstrumentFormValues, isNew: boolean): ValidationErrors {
  const errors: ValidationErrors = {};
  const length = (field: 'title' | 'summary', min: number, max: number) => {
    const n = values[field].trim().length;
    if (n < min || n > max) errors[field] = problem(n === 0 ? `validation.${field}Required` : `validation.${field}Length`);
  };
  length('title', L.title.min, L.title.max);
  length('summary', L.summary.min, L.summary.max);
  if (values.description.length > L.description.max) errors.description = problem('validation.descriptionLength');
  if (isNew) {
    const slug = values.slug.trim();
    if (slug.length < L.slug.min || slug.length > L.slug.max) errors.slug = problem('validation.slugLength');
    else if (!L.slug.pattern.test(slug)) errors.slug = problem('validation.slugPattern');
    if (values.evidenceLevel !== 'NOT_ASSESSED' && !values.evidenceReason.trim()) errors.evidenceReason = problem('validation.evidenceReasonRequired');
  }
  if (!values.type) errors.type = problem('validation.typeRequired');
  if (values.phases.length < L.phases.min) errors.phases = problem('validation.phasesRequired');
  else if (values.phases.length > L.phases.max) errors.phases = problem('validation.phasesMax');
  for (const field of ['audiences', 'sectors', 'tags'] as const) {
    if (values[field].length > L.terms.max) errors[field] = problem('validation.termsMax');
  }
  if (!values.origin) errors.origin = problem('validation.originRequired');
  for (const field of NULLABLE_TEXT) {
    if (values[field].trim().length > limitsOf(field).max) errors[field] = problem(`validation.tooLong.${field}`);
  }
  if (values.contactEmail.trim() && !isEmailAddress(values.contactEmail.trim())) errors.contactEmail = problem('validation.contactEmail');
  if (values.links.length > L.links.max) errors.links = problem('validation.linksMax');
  values.links.forEach((link, index) => {
    const label = link.label.trim();
    if (label.length < L.linkLabel.min || label.length > L.linkLabel.max) errors[`links.${index}.label`] = problem('validation.linkLabel');
    const url = link.url.trim();
    if (!isWebAddress(url) || url.length > L.linkUrl.max) errors[`links.${index}.url`] = problem('validation.linkUrl');
  });
  return errors;
}
