import {
  EVIDENCE_LEVEL_LABELS,
  INSTRUMENT_FIELDS,
  ORIGIN_LABELS,
  PROTOTYPE_STATUS_LABELS,
  type EvidenceLevel,
  type Origin,
  type PrototypeStatus,
  type ReferenceVocabulary,
} from '#domain';
import { appUrl } from '../common/app-url.js';
import type { VocabularySnapshot } from '../vocabularies/vocabulary.service.js';
import { exportColumns, neutraliseFormula, type ExchangeColumn, type ExchangeRecord } from './exchange-columns.js';
import { markdownToText } from './plain-text.js';

/**
 * The export for people ("Exporteren voor Excel"): the columns of the re-importable file (same
 * order, same members-only rule), headed and filled in Dutch words: vocabulary labels instead of
 * codes, plain text instead of Markdown, dates as Dutch Excel reads them, and each instrument's
 * page instead of its slug. It is for reading, not for importing again.
 */

const LANGUAGE_NAMES: Record<string, string> = { nl: 'Nederlands', en: 'Engels' };

/** The vocabulary of each code column, from the one field definition. */
const VOCABULARY_OF = new Map<string, ReferenceVocabulary>(
  INSTRUMENT_FIELDS.flatMap((f) => ('vocabulary' in f && f.vocabulary ? [[f.name, f.vocabulary] as const] : [])),
);

const FIXED_LABELS: Partial<Record<keyof ExchangeRecord, Record<string, { nl: string }>>> = {
  status: PROTOTYPE_STATUS_LABELS as Record<PrototypeStatus, { nl: string }>,
  evidenceLevel: EVIDENCE_LEVEL_LABELS as Record<EvidenceLevel, { nl: string }>,
  origin: ORIGIN_LABELS as Record<Origin, { nl: string }>,
};

export const PAGE_HEADER = 'Pagina';

/** `fase` becomes `Fase`, `afgeleid_van` `Afgeleid van`: the file's own Dutch column names, as headings. */
const heading = (column: ExchangeColumn) => column.header.charAt(0).toUpperCase() + column.header.slice(1).replaceAll('_', ' ');

/** The columns in file order, the slug replaced by the page's address right after the title. */
export function readableHeaders(withContactEmail: boolean): string[] {
  return readableColumns(withContactEmail).map((c) => (c === 'page' ? PAGE_HEADER : heading(c)));
}

function readableColumns(withContactEmail: boolean): (ExchangeColumn | 'page')[] {
  return exportColumns(withContactEmail).flatMap((c) => (c.key === 'slug' ? [] : c.key === 'title' ? [c, 'page' as const] : [c]));
}

/** 2 december 2026, 09:30 UTC becomes 02-12-2026, which Dutch Excel reads as a date. */
function dutchDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}-${month}-${year}`;
}

/** One record as the readable row's cells, neutralised against formulas like the other export. */
export function readableRow(record: ExchangeRecord, vocabulary: VocabularySnapshot, withContactEmail: boolean): string[] {
  // Labels in the vocabulary's own order, as the catalogue shows them.
  const labels = (name: ReferenceVocabulary, codes: string[]) =>
    codes
      .map((code) => vocabulary.termByCode(name, code) ?? { labelNl: code, position: Number.MAX_SAFE_INTEGER })
      .sort((a, b) => a.position - b.position)
      .map((term) => term.labelNl);
  return readableColumns(withContactEmail).map((column) => {
    if (column === 'page') return `${appUrl()}/instrumenten/${record.slug}`;
    const value = record[column.key];
    const vocabularyName = VOCABULARY_OF.get(column.key);
    const fixed = FIXED_LABELS[column.key];
    let cell: string;
    if (vocabularyName) {
      const codes = Array.isArray(value) ? (value as string[]) : value ? [value as string] : [];
      cell = labels(vocabularyName, codes).join(', ');
    } else if (fixed) cell = fixed[value as string]?.nl ?? String(value ?? '');
    else if (column.key === 'language') cell = LANGUAGE_NAMES[value as string] ?? String(value ?? '');
    else if (column.key === 'description') cell = markdownToText((value as string) ?? '');
    else if (column.key === 'links') cell = record.links.map((l) => (l.label === l.url ? l.url : `${l.label}: ${l.url}`)).join('\n');
    else if (column.kind === 'timestamp') cell = dutchDate(value as string);
    else if (column.kind === 'slug') cell = value ? `${appUrl()}/instrumenten/${value as string}` : '';
    else cell = (value as string | null | undefined) ?? '';
    return neutraliseFormula(cell);
  });
}
