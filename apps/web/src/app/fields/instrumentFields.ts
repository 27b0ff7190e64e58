/**
 * What the proposal form and the curators' instrument editor share: the descriptive fields of an
 * instrument as a form holds them (text as typed, term sets as codes, links as rows), derived from
 * the one definition in libs/domain (INSTRUMENT_FIELDS): their order, empty values, values read
 * from the API, the input sent back, the optional texts that clear to null, and their limits.
 * Each form adds only its own fields (the editor's slug and status, the proposal's motivation).
 */
import { INSTRUMENT_FIELDS, INSTRUMENT_FIELD_NAMES, instrumentField, type InstrumentFieldName, type Origin } from '#domain';

export interface LinkRow {
  /** Only for React's list keys while rows are added and removed; never sent. */
  key: string;
  label: string;
  url: string;
}

let nextKey = 0;
export function linkRow(label = '', url = ''): LinkRow {
  nextKey += 1;
  return { key: `link-${nextKey}`, label, url };
}

type Definition = (typeof INSTRUMENT_FIELDS)[number];
type Named<N extends InstrumentFieldName> = Extract<Definition, { name: N }>;

/** The descriptive fields in the order both forms show them (the first invalid one gets the focus). */
export const DESCRIPTIVE_FIELDS: readonly InstrumentFieldName[] = INSTRUMENT_FIELD_NAMES;

/** Optional texts; emptied, they are sent as null so that the API clears them. */
export type NullableText = Extract<Definition, { nullable: true }>['name'];
export const NULLABLE_TEXT = INSTRUMENT_FIELDS.filter((f): f is Extract<Definition, { nullable: true }> => f.nullable).map((f) => f.name);

/** A field's length (texts) or size (sets, links) limits, as the API checks them. */
export function limitsOf<N extends InstrumentFieldName>(name: N): Named<N> extends { limits: infer Limits } ? Limits : undefined {
  return (instrumentField(name) as { limits?: unknown }).limits as never;
}

/** What a form holds per field: text as typed, codes of a term set, link rows. */
type FormValue<F extends Definition> = F['name'] extends 'origin'
  ? Origin | ''
  : F['kind'] extends 'terms'
    ? string[]
    : F['kind'] extends 'links'
      ? LinkRow[]
      : string;
export type DescriptiveValues = { [F in Definition as F['name']]: FormValue<F> };

interface Term {
  code: string;
}
type ApiValue<F extends Definition> = F['kind'] extends 'term'
  ? Term | null | undefined
  : F['kind'] extends 'terms'
    ? Term[]
    : F['kind'] extends 'links'
      ? { label: string; url: string }[]
      : string | null | undefined;
/** An instrument or a proposal as the API gives it (the InstrumentDescriptionFields fragment), enough to fill a form. */
export type DescribedByApi = { [F in Definition as F['name']]: ApiValue<F> };

type InputValue<F extends Definition> = F['kind'] extends 'terms'
  ? string[]
  : F['kind'] extends 'links'
    ? { label: string; url: string }[]
    : string | null;
/** The descriptive part of CreateInstrumentInput, UpdateInstrumentInput and SubmitProposalInput. */
export type DescriptiveInput = { [F in Definition as F['name']]: InputValue<F> };

/** Empty values; Dutch is the language a new instrument is assumed to be written in. */
export function emptyDescriptiveValues(): DescriptiveValues {
  const values: Record<string, unknown> = {};
  for (const f of INSTRUMENT_FIELDS) values[f.name] = f.kind === 'terms' || f.kind === 'links' ? [] : '';
  values.language = 'nl';
  return values as DescriptiveValues;
}

/** The form values of an instrument or proposal read from the API. */
export function descriptiveValues(source: DescribedByApi): DescriptiveValues {
  const values: Record<string, unknown> = {};
  for (const f of INSTRUMENT_FIELDS) {
    const value: unknown = source[f.name];
    if (f.kind === 'term') values[f.name] = (value as Term | null | undefined)?.code ?? '';
    else if (f.kind === 'terms') values[f.name] = (value as Term[]).map((t) => t.code);
    else if (f.kind === 'links') values[f.name] = (value as { label: string; url: string }[]).map((l) => linkRow(l.label, l.url));
    else values[f.name] = (value as string | null | undefined) ?? '';
  }
  return values as DescriptiveValues;
}

/** Rows a person left completely empty are ignored, not refused. */
export function filledLinks(links: LinkRow[]): { row: LinkRow; index: number }[] {
  return links.map((row, index) => ({ row, index })).filter(({ row }) => row.label.trim() || row.url.trim());
}

/**
 * One field as the API takes it: texts trimmed, an emptied optional text null (the API clears it,
 * and '' is no e-mail address), links trimmed without the rows left empty.
 */
export function descriptiveInputValue<N extends InstrumentFieldName>(name: N, values: DescriptiveValues): DescriptiveInput[N] {
  const f = instrumentField(name);
  const value = values[name];
  if (f.kind === 'links') return filledLinks(value as unknown as LinkRow[]).map(({ row }) => ({ label: row.label.trim(), url: row.url.trim() })) as unknown as DescriptiveInput[N];
  if (f.kind === 'terms') return value as DescriptiveInput[N];
  const text = (value as string).trim();
  return (f.nullable ? text || null : text) as DescriptiveInput[N];
}

/** Every descriptive field as the API takes it. */
export function descriptiveInput(values: DescriptiveValues): DescriptiveInput {
  const input: Record<string, unknown> = {};
  for (const name of DESCRIPTIVE_FIELDS) input[name] = descriptiveInputValue(name, values);
  return input as DescriptiveInput;
}

/** Close to the API's IsEmail: something@host.tld with a top-level domain of two or more characters. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/;

export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}

/** Like the API's IsUrl: http(s), a host with a dot, nothing unsafe. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}
