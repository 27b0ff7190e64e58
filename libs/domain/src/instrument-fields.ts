/**
 * The one definition of an instrument's descriptive fields: what a curator edits, a member
 * proposes, an import reads and an export writes. Everything that handles these fields derives
 * from this list or is checked against it by a test (tests/api/instrument-fields.test.ts):
 * the GraphQL input (`InstrumentFieldsInput`), the proposal's columns (same names as the
 * instrument's, so accepting is a pick), the normalise-and-check path shared by create, update,
 * propose, accept and import, the CSV/JSON columns, the web app's forms and its GraphQL fragment.
 *
 * Adding a field: README, "Adding a field to an instrument".
 */
import { INSTRUMENT_LIMITS } from './field-limits.js';
import type { Origin, ReferenceVocabulary } from './vocabulary.js';

/**
 * How a field's value is held and checked:
 * - `text`: one line, trimmed; `markdown`: free text, trimmed at the ends only;
 * - `email`: an e-mail address, trimmed (kept as written);
 * - `term`: one code of a reference vocabulary; `terms`: a set of codes (a join table);
 * - `choice`: one of a fixed list (origin, language); `links`: label + http(s) address rows.
 */
export type InstrumentFieldKind = 'text' | 'markdown' | 'email' | 'term' | 'terms' | 'choice' | 'links';

export interface InstrumentFieldDefinition {
  /** The name everywhere in code: GraphQL field and input, proposal property, JSON export key. */
  readonly name: string;
  readonly kind: InstrumentFieldKind;
  /**
   * Where the value lives in `instruments`: a column, or for `terms` the join table and its term
   * column. `proposals` keeps codes, not ids, in a column named after the field (columnName(name)).
   */
  readonly column: string;
  readonly joinTable?: string;
  /** For `term` and `terms`: the vocabulary its codes come from. */
  readonly vocabulary?: ReferenceVocabulary;
  /** A new instrument or proposal needs a value (a non-empty one for texts and sets). */
  readonly required: boolean;
  /** An optional text: sent empty or null, it is cleared (stored as NULL). */
  readonly nullable: boolean;
  /** Length of a text, or size of a set or list (from INSTRUMENT_LIMITS). */
  readonly limits?: { readonly min?: number; readonly max: number };
  /** The CSV header (Dutch, like the catalogue's URL parameters) and whether an import needs it. */
  readonly csv: { readonly header: string; readonly required: boolean };
  /** The web app's label key (`fields.<name>` in its i18n). */
  readonly labelKey: string;
}

const L = INSTRUMENT_LIMITS;

type FieldOptions = Omit<InstrumentFieldDefinition, 'name' | 'kind' | 'labelKey' | 'column' | 'nullable' | 'required'> &
  Partial<Pick<InstrumentFieldDefinition, 'column' | 'nullable' | 'required'>>;

/** The column of a field name in snake case: `timeNeeded` is `time_needed`. */
export function columnName(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Keeps each field's name, kind and options as literal types, so that code can derive types per field. */
function field<const N extends string, const K extends InstrumentFieldKind, const O extends FieldOptions>(
  name: N,
  kind: K,
  options: O,
): InstrumentFieldDefinition & O & { readonly name: N; readonly kind: K } {
  return {
    name,
    kind,
    column: options.column ?? columnName(name),
    required: options.required ?? false,
    nullable: options.nullable ?? false,
    labelKey: `fields.${name}`,
    ...options,
  };
}

/** In the order the forms show them (the first invalid one gets the focus); the CSV keeps its own column order. */
export const INSTRUMENT_FIELDS = [
  field('title', 'text', { required: true, limits: L.title, csv: { header: 'titel', required: true } }),
  field('summary', 'text', { required: true, limits: L.summary, csv: { header: 'samenvatting', required: true } }),
  field('description', 'markdown', { limits: L.description, csv: { header: 'beschrijving', required: false } }),
  field('type', 'term', { column: 'type_id', vocabulary: 'type', required: true, csv: { header: 'soort', required: true } }),
  field('phases', 'terms', {
    column: 'phase_id',
    joinTable: 'instrument_phases',
    vocabulary: 'phase',
    required: true,
    limits: L.phases,
    csv: { header: 'fase', required: true },
  }),
  field('audiences', 'terms', {
    column: 'audience_id',
    joinTable: 'instrument_audiences',
    vocabulary: 'audience',
    limits: L.terms,
    csv: { header: 'doelgroep', required: false },
  }),
  field('sectors', 'terms', {
    column: 'sector_id',
    joinTable: 'instrument_sectors',
    vocabulary: 'sector',
    limits: L.terms,
    csv: { header: 'sector', required: false },
  }),
  field('tags', 'terms', {
    column: 'tag_id',
    joinTable: 'instrument_tags',
    vocabulary: 'tag',
    limits: L.terms,
    csv: { header: 'thema', required: false },
  }),
  field('origin', 'choice', { required: true, csv: { header: 'herkomst', required: true } }),
  field('ownerOrganisation', 'text', { nullable: true, limits: L.ownerOrganisation, csv: { header: 'organisatie', required: false } }),
  field('contactName', 'text', { nullable: true, limits: L.contactName, csv: { header: 'contactpersoon', required: false } }),
  field('contactEmail', 'email', { nullable: true, limits: L.contactEmail, csv: { header: 'e-mail', required: false } }),
  field('licence', 'text', { nullable: true, limits: L.licence, csv: { header: 'licentie', required: false } }),
  field('language', 'choice', { csv: { header: 'taal', required: false } }),
  field('timeNeeded', 'text', { nullable: true, limits: L.timeNeeded, csv: { header: 'tijdsinvestering', required: false } }),
  field('links', 'links', { limits: L.links, csv: { header: 'links', required: false } }),
] as const;

export type InstrumentFieldName = (typeof INSTRUMENT_FIELDS)[number]['name'];

type Definition = (typeof INSTRUMENT_FIELDS)[number];
type ValueOf<F extends Definition> = F extends { kind: 'terms' }
  ? string[]
  : F extends { kind: 'links' }
    ? { label: string; url: string }[]
    : F extends { name: 'origin' }
      ? Origin
      : F extends { nullable: true }
        ? string | null
        : string;

/**
 * The fields' values as the API holds them, vocabulary codes for terms: an instrument's state,
 * a proposal row, an exported record.
 */
export type InstrumentFieldValues = { [F in Definition as F['name']]: ValueOf<F> };

/** The names, in the definition's order. */
export const INSTRUMENT_FIELD_NAMES: readonly InstrumentFieldName[] = INSTRUMENT_FIELDS.map((f) => f.name);

/** One field's definition by name. */
export function instrumentField(name: InstrumentFieldName): InstrumentFieldDefinition {
  return INSTRUMENT_FIELDS.find((f) => f.name === name)!;
}

/** What a new instrument needs (a proposal too, but for origin, which it defaults). */
export const REQUIRED_FIELD_NAMES: readonly InstrumentFieldName[] = INSTRUMENT_FIELDS.filter((f) => f.required).map((f) => f.name);

/** The names of the fields of one kind, e.g. the optional texts that clear to NULL. */
export const NULLABLE_TEXT_FIELDS = INSTRUMENT_FIELDS.filter((f) => f.nullable).map((f) => f.name);
export const TERM_SET_FIELDS = INSTRUMENT_FIELDS.filter((f) => f.kind === 'terms');
