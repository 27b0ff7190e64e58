import { INSTRUMENT_FIELDS, type InstrumentFieldName } from '#domain';
import { badInput } from '../common/domain-error.js';
import type { VocabularySnapshot } from '../vocabularies/vocabulary.service.js';

/**
 * The one normalise-and-check path of an instrument's descriptive fields, read from
 * INSTRUMENT_FIELDS: curation's create and update, a member's proposal (submit, update, accept)
 * and the import all go through it. The input's class-validator rules (lengths, e-mail, links)
 * ran before; this trims, clears and checks vocabulary codes.
 */

/** Normalised values by field name; an absent key is a field the input leaves as it is. */
export type Fields = Partial<Record<InstrumentFieldName, unknown>>;

/** Trimmed texts, an empty optional text as null, each code once, trimmed links: what the writer meant. */
export function normaliseFields(input: object): Fields {
  const values = input as Partial<Record<InstrumentFieldName, unknown>>;
  const fields: Fields = {};
  for (const field of INSTRUMENT_FIELDS) {
    const value = values[field.name];
    if (field.nullable) {
      if (value === null || typeof value === 'string') fields[field.name] = (value as string | null)?.trim() || null;
    } else if (field.kind === 'terms') {
      if (Array.isArray(value)) fields[field.name] = [...new Set(value as string[])];
    } else if (field.kind === 'links') {
      if (Array.isArray(value)) {
        fields[field.name] = (value as { label: string; url: string }[]).map((l) => ({ label: l.label.trim(), url: l.url.trim() }));
      }
    } else if (typeof value === 'string') fields[field.name] = value.trim();
  }
  return fields;
}

/** The fields a new instrument (or, without origin, a proposal) needs; BAD_USER_INPUT naming the missing ones. */
export function requireFields(fields: Fields, names: readonly InstrumentFieldName[], what: string): void {
  const missing = names.filter((name) => fields[name] === undefined);
  if (missing.length) throw badInput(`${what} needs ${missing.join(', ')}.`, ...missing);
}

/** The ids of vocabulary codes; an unknown code is the client's input error on `field`. */
export function termIds(vocabulary: VocabularySnapshot, field: InstrumentFieldName, codes: readonly string[]): number[] {
  const name = vocabularyOf(field);
  const unknown = codes.filter((code) => !vocabulary.termByCode(name, code));
  if (unknown.length) {
    throw badInput(`Unknown ${name} code ${unknown.map((c) => `"${c}"`).join(', ')}.`, field);
  }
  return codes.map((code) => vocabulary.termByCode(name, code)!.id);
}

/** The fields whose values are vocabulary codes: the term sets first, then the type (the order errors are found in). */
export const CODE_FIELDS = [
  ...INSTRUMENT_FIELDS.filter((f) => f.kind === 'terms'),
  ...INSTRUMENT_FIELDS.filter((f) => f.kind === 'term'),
];

function vocabularyOf(field: InstrumentFieldName) {
  const vocabulary = CODE_FIELDS.find((f) => f.name === field)?.vocabulary;
  if (!vocabulary) throw new Error(`${field} holds no vocabulary codes`);
  return vocabulary;
}

/** The codes of one field's value: a set's codes, or a term's one code. */
export function codesOf(fields: Fields, field: InstrumentFieldName): string[] {
  const value = fields[field];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? (value as string[]) : [value as string];
}

/** Checks every code in `fields` against the vocabulary (throws for the first unknown one). */
export function checkTermCodes(vocabulary: VocabularySnapshot, fields: Fields): void {
  for (const field of CODE_FIELDS) {
    if (fields[field.name] !== undefined) termIds(vocabulary, field.name, codesOf(fields, field.name));
  }
}
