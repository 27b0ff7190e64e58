import {
  instrumentField,
  type EvidenceLevel,
  type InstrumentFieldKind,
  type InstrumentFieldName,
  type InstrumentFieldValues,
  type PrototypeStatus,
} from '#domain';

/** One instrument as export writes it and import reads it; the JSON export's objects have exactly these keys. */
export interface ExchangeRecord extends Omit<InstrumentFieldValues, 'contactEmail'> {
  slug: string;
  status: PrototypeStatus;
  evidenceLevel: EvidenceLevel;
  /** Only for signed-in members, as in the GraphQL API. */
  contactEmail?: string | null;
  /** The latest assessment's reason; on import the reason of a new assessment. */
  evidenceReason: string | null;
  /** Slug of the instrument this one is adapted from ("afgeleid van"). */
  derivedFrom: string | null;
  /** Slug of a retired instrument's successor ("vervangen door"). */
  replacedBy: string | null;
  /** ISO 8601, UTC, milliseconds. */
  createdAt: string;
}

export type ColumnKind = 'text' | 'code' | 'codes' | 'links' | 'timestamp' | 'slug';

export interface ExchangeColumn {
  /** The CSV header (Dutch, like the catalogue's URL parameters). */
  header: string;
  /** The JSON key, the field name of the GraphQL API; also accepted as a CSV header on import. */
  key: keyof ExchangeRecord;
  kind: ColumnKind;
  /** An import needs the column and a value in every row. Other columns may be left out. */
  required: boolean;
  /** Exported only to signed-in members. */
  membersOnly?: boolean;
}

/** How a descriptive field's kind is written in a cell. */
const KIND_OF: Record<InstrumentFieldKind, ColumnKind> = {
  text: 'text',
  markdown: 'text',
  email: 'text',
  term: 'code',
  terms: 'codes',
  choice: 'code',
  links: 'links',
};

/** A descriptive field's column: header, key and required flag from INSTRUMENT_FIELDS. */
function fieldColumn(name: InstrumentFieldName, options: { membersOnly?: boolean } = {}): ExchangeColumn {
  const field = instrumentField(name);
  return { header: field.csv.header, key: name, kind: KIND_OF[field.kind], required: field.csv.required, ...options };
}

/**
 * The one list of columns, in file order; README's table documents each. Multiple values are
 * joined with `|`; a link is written `Label <https://…>`. The descriptive fields come from the
 * definition; slug, status, evidence level and creation time are the file's own.
 */
export const EXCHANGE_COLUMNS: readonly ExchangeColumn[] = [
  // Optional: a row without one gets the slug of its title (toSlug, as a new instrument does).
  { header: 'slug', key: 'slug', kind: 'text', required: false },
  fieldColumn('title'),
  fieldColumn('summary'),
  fieldColumn('description'),
  fieldColumn('phases'),
  { header: 'status', key: 'status', kind: 'code', required: false },
  { header: 'onderbouwing', key: 'evidenceLevel', kind: 'code', required: false },
  { header: 'onderbouwing_toelichting', key: 'evidenceReason', kind: 'text', required: false },
  fieldColumn('type'),
  fieldColumn('audiences'),
  fieldColumn('sectors'),
  fieldColumn('tags'),
  fieldColumn('origin'),
  fieldColumn('ownerOrganisation'),
  fieldColumn('contactName'),
  fieldColumn('contactEmail', { membersOnly: true }),
  fieldColumn('links'),
  fieldColumn('language'),
  fieldColumn('licence'),
  fieldColumn('timeNeeded'),
  // Slugs of other instruments: in this file or already in the catalogue.
  { header: 'afgeleid_van', key: 'derivedFrom', kind: 'slug', required: false },
  { header: 'vervangen_door', key: 'replacedBy', kind: 'slug', required: false },
  { header: 'aangemaakt', key: 'createdAt', kind: 'timestamp', required: false },
  // Files and editions (#22): names and edition labels, never the bytes; export only.
  { header: 'bestanden', key: 'files', kind: 'text', required: false, exportOnly: true },
];

export const VALUE_SEPARATOR = '|';

/** The columns a viewer's export holds. */
export function exportColumns(isMember: boolean): ExchangeColumn[] {
  return EXCHANGE_COLUMNS.filter((c) => isMember || !c.membersOnly);
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula.
 * Export puts a single quote before such a cell (OWASP's advice); a cell that already starts
 * with quotes followed by one of those gets one more, so that import, which removes exactly one
 * quote from such cells, gives back the original value.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function restoreFormula(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

/** `\` and `|` inside one value of a multi-value cell are written `\\` and `\|`. */
function escapeValue(value: string): string {
  return value.replace(/[\\|]/g, (c) => `\\${c}`);
}

/** Splits a multi-value cell at every `|` that is not escaped; values are trimmed, empty ones dropped. */
export function splitValues(cell: string): string[] {
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (c === VALUE_SEPARATOR) {
      values.push(current);
      current = '';
    } else current += c;
  }
  values.push(current);
  return values.map((v) => v.trim()).filter((v) => v.length > 0);
}

export function formatLink(link: { label: string; url: string }): string {
  return `${link.label} <${link.url}>`;
}

/** `Label <https://…>`, or a bare address (which is then also the label); null when neither. */
export function parseLink(value: string): { label: string; url: string } | null {
  const match = /^(.*?)\s*<(\S*)>$/s.exec(value);
  if (match) return match[1] ? { label: match[1], url: match[2] } : null;
  return /^https?:\/\/\S+$/i.test(value) ? { label: value, url: value } : null;
}

/** A value as its CSV cell reads it (a JSON import's values become cells this way); null for a value of the wrong type. */
export function cellText(column: ExchangeColumn, value: unknown): string | null {
  if (column.kind === 'codes') {
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.map(escapeValue).join(VALUE_SEPARATOR) : null;
  }
  if (column.kind === 'links') {
    const links = Array.isArray(value) ? value : null;
    if (!links?.every((l: unknown) => typeof (l as { label?: unknown })?.label === 'string' && typeof (l as { url?: unknown }).url === 'string')) return null;
    return (links as ExchangeRecord['links']).map((l) => escapeValue(formatLink(l))).join(VALUE_SEPARATOR);
  }
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : null;
}

/** The CSV cell of one column, neutralised against formulas. */
export function formatCell(column: ExchangeColumn, record: ExchangeRecord): string {
  return neutraliseFormula(cellText(column, record[column.key]) ?? '');
}

// Files and editions (#22): the export-only column `bestanden` (declaration merging keeps this one block).
export interface ExchangeColumn {
  /** Written on export, ignored on import (a file cannot carry the bytes). */
  exportOnly?: boolean;
}

export interface ExchangeRecord {
  /** The current edition of each file, in order: "Canvas (A3): canvas.pdf (v0.3) | Handleiding: handleiding.docx (v1)". */
  files?: string;
}
