import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';
import {
  INSTRUMENT_LIMITS,
  NULLABLE_TEXT_FIELDS,
  VOCABULARY_LIMITS,
  toSlug,
  type EvidenceLevel,
  type ImportProblemCode,
  type ImportValueRule,
  type PrototypeStatus,
  type ReferenceVocabulary,
} from '#domain';
import { CreateInstrumentInput } from '../catalogue/curation.inputs.js';
import { AssessEvidenceInput } from '../evidence/assess-evidence.input.js';
import { CODE_FIELDS, codesOf, normaliseFields, type Fields } from '../catalogue/instrument-fields.normalise.js';
import { NOT_TEXT } from '../graphql/validation.pipe.js';
import type { VocabularySnapshot } from '../vocabularies/vocabulary.service.js';
import { EXCHANGE_COLUMNS, parseLink, splitValues, type ExchangeColumn } from './exchange-columns.js';
import type { FileRow } from './import-file.js';
import { MAX_PROBLEMS, type ImportProblem } from './import-report.js';

/** A valid row, ready to be compared with the catalogue. Absent keys are columns the file leaves out (or empty cells that mean "keep"). */
export interface ImportItem {
  row: number;
  slug: string;
  fields: Fields;
  status?: PrototypeStatus;
  evidenceLevel?: EvidenceLevel;
  createdAt?: Date;
  /** The reason of the assessment this row records (a changed level, or a changed reason). */
  evidenceReason?: string;
  /** Slugs; null clears. */
  derivedFrom?: string | null;
  replacedBy?: string | null;
}

export interface MissingTerm {
  vocabulary: ReferenceVocabulary;
  code: string;
}

const NULLABLE_TEXT = new Set<string>(NULLABLE_TEXT_FIELDS);
/** Empty cells that keep the current value (a new instrument gets the default). */
const EMPTY_KEEPS = new Set(['status', 'evidenceLevel', 'evidenceReason', 'language', 'createdAt']);

const COLUMN_BY_KEY = new Map<string, ExchangeColumn>(EXCHANGE_COLUMNS.map((c) => [c.key, c]));

/** The fields of vocabulary codes, in the file's column order (the order a row's problems are listed in). */
const CODE_COLUMNS = EXCHANGE_COLUMNS.flatMap((column) => CODE_FIELDS.filter((f) => f.name === column.key)).map((f) => ({
  field: f.name,
  vocabulary: f.vocabulary!,
  header: COLUMN_BY_KEY.get(f.name)!.header,
}));

/** A broken validation rule: the top-level property (the column), and the rule's own error. */
export function flatten(errors: ValidationError[]): { property: string; error: ValidationError }[] {
  return errors.flatMap((e) => [
    ...(e.constraints ? [{ property: e.property, error: e }] : []),
    ...flatten(e.children ?? []).map((child) => ({ property: e.property, error: child.error })),
  ]);
}

const RULES: Record<string, ImportValueRule> = {
  isLength: 'length',
  maxLength: 'maxLength',
  arrayMinSize: 'minItems',
  arrayMaxSize: 'maxItems',
  isEmail: 'email',
  isUrl: 'url',
  isIn: 'oneOf',
  matches: 'slug',
};

/**
 * The first rule a value broke, with the limits that rule was declared with (read from
 * class-validator's own metadata, so they cannot drift from the decorators).
 */
export function brokenRule(error: ValidationError): Record<string, string | number> {
  const name = Object.keys(error.constraints ?? {})[0] ?? '';
  const rule = RULES[name] ?? 'other';
  const meta = error.target
    ? getMetadataStorage()
        .getTargetValidationMetadatas(error.target.constructor, '', true, false)
        .find((m) => m.propertyName === error.property && m.name === name)
    : undefined;
  const args: unknown[] = meta?.constraints ?? [];
  switch (rule) {
    case 'length':
      return { rule, min: Number(args[0]), max: Number(args[1]) };
    case 'maxLength':
    case 'maxItems':
      return { rule, max: Number(args[0]) };
    case 'minItems':
      return { rule, min: Number(args[0]) };
    case 'oneOf':
      return { rule, allowed: Array.isArray(args[0]) ? args[0].join(', ') : '' };
    default:
      return { rule };
  }
}

/**
 * Checks rows without the database: the curation input's own validation rules (lengths, e-mail,
 * addresses, languages, lifecycle codes), link notation, timestamps, vocabulary codes and
 * duplicate slugs. Unknown codes are problems, or with `createMissing` codes to create.
 */
export function checkRows(
  rows: readonly FileRow[],
  vocabulary: VocabularySnapshot,
  createMissing: boolean,
): { items: ImportItem[]; problems: ImportProblem[]; missing: MissingTerm[] } {
  const problems: ImportProblem[] = [];
  const add = (row: number, column: string | null, code: ImportProblemCode, params: Record<string, string | number>, problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ row, column, code, params, problem });
  };
  const missing = new Map<string, MissingTerm>();
  const items: ImportItem[] = [];
  const slugRows = new Map<string, number>();

  for (const { row, cells } of rows) {
    const before = problems.length;
    const plain: Record<string, unknown> = {};
    // Checked with the rules of the inputs they belong to (slug of an instrument, reason of an assessment).
    const lineage: { derivedFrom?: string | null; replacedBy?: string | null } = {};
    let evidenceReason: string | undefined;
    let createdAt: Date | undefined;
    for (const [column, cell] of cells) {
      if (NOT_TEXT.test(cell)) {
        // PostgreSQL cannot store it; found here, the dry run reports it as the import would.
        add(row, column.header, 'INVALID_VALUE', { rule: 'other' }, 'contains a NUL character or broken Unicode, which cannot be stored');
        continue;
      }
      const value = cell.trim();
      if (column.kind === 'codes') plain[column.key] = splitValues(cell);
      else if (column.kind === 'links') {
        const links = splitValues(cell).map((text) => ({ text, link: parseLink(text) }));
        for (const bad of links.filter((l) => !l.link)) {
          add(row, column.header, 'NOT_A_LINK', { value: bad.text }, `"${bad.text}" is not a link; write Label <https://…>, several joined with |`);
        }
        plain.links = links.flatMap((l) => (l.link ? [l.link] : []));
      } else if (value === '' && EMPTY_KEEPS.has(column.key)) continue;
      else if (column.kind === 'slug') {
        lineage[column.key as 'derivedFrom' | 'replacedBy'] = value === '' ? null : value;
        if (value !== '') for (const broken of brokenRules(CreateInstrumentInput, { slug: value })) add(row, column.header, 'INVALID_VALUE', broken.params, broken.text);
      } else if (column.key === 'evidenceReason') {
        evidenceReason = value;
        for (const broken of brokenRules(AssessEvidenceInput, { reason: value })) add(row, column.header, 'INVALID_VALUE', broken.params, broken.text);
      } else if (column.kind === 'timestamp') {
        createdAt = new Date(value);
        if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(createdAt.getTime())) {
          add(row, column.header, 'NOT_A_DATE', { value }, `"${value}" is not a date and time (ISO 8601, e.g. 2024-03-01T09:30:00.000Z)`);
        }
      } else if (NULLABLE_TEXT.has(column.key)) plain[column.key] = value === '' ? null : cell;
      else if (column.key === 'slug') plain.slug = value === '' ? undefined : value;
      else plain[column.key] = column.kind === 'code' ? value : cell;
    }

    const input = plainToInstance(CreateInstrumentInput, plain);
    for (const { property, error } of flatten(validateSync(input, { whitelist: true, forbidNonWhitelisted: true }))) {
      const header = COLUMN_BY_KEY.get(property)?.header ?? property;
      add(row, header, 'INVALID_VALUE', brokenRule(error), Object.values(error.constraints ?? {}).join('; '));
    }
    const fields = normaliseFields(input);
    if (cells.has(COLUMN_BY_KEY.get('type')!) && !fields.type) add(row, 'soort', 'TYPE_EMPTY', {}, 'is empty; give the code of the instrument type');

    for (const { field, vocabulary: name, header } of CODE_COLUMNS) {
      // An empty type is TYPE_EMPTY above, not an unknown code.
      for (const code of codesOf(fields, field).filter((c) => c !== '')) {
        if (vocabulary.termByCode(name, code)) continue;
        const problem = unknownCode(vocabulary, name, code, createMissing);
        if (problem) add(row, header, problem.code, problem.params, problem.text);
        else missing.set(`${name}:${code}`, { vocabulary: name, code });
      }
    }

    const slug = input.slug ?? (typeof fields.title === 'string' ? toSlug(fields.title) : '');
    if (!input.slug && slug.length < INSTRUMENT_LIMITS.slug.min) {
      add(row, 'slug', 'SLUG_NEEDED', {}, 'is empty and the title gives too short a slug; give one');
    } else if (slugRows.has(slug)) {
      add(row, 'slug', 'DUPLICATE_SLUG', { slug, row: slugRows.get(slug)! }, `"${slug}" is also on row ${slugRows.get(slug)}; each instrument once`);
    } else slugRows.set(slug, row);

    if (problems.length > before) continue;
    items.push({
      row,
      slug,
      fields,
      ...('status' in plain ? { status: input.status } : {}),
      ...('evidenceLevel' in plain ? { evidenceLevel: input.evidenceLevel } : {}),
      ...(createdAt ? { createdAt } : {}),
      ...(evidenceReason !== undefined ? { evidenceReason } : {}),
      ...lineage,
    });
  }
  return { items, problems, missing: [...missing.values()] };
}

/** The rules one value breaks, checked with the declaring input's own decorators (the input's other fields left out). */
function brokenRules(input: new () => object, values: Record<string, string>): { params: Record<string, string | number>; text: string }[] {
  const errors = validateSync(plainToInstance(input, values), { skipMissingProperties: true });
  return flatten(errors)
    .filter(({ property }) => property in values)
    .map(({ error }) => ({ params: brokenRule(error), text: Object.values(error.constraints ?? {}).join('; ') }));
}

/** Why a code cannot be used; null when `createMissing` may create it. */
export function unknownCode(
  vocabulary: VocabularySnapshot,
  name: ReferenceVocabulary,
  code: string,
  createMissing: boolean,
): { code: ImportProblemCode; params: Record<string, string | number>; text: string } | null {
  const known = vocabulary.terms[name].map((t) => t.code);
  const sameLetters = known.find((k) => k.toLowerCase() === code.toLowerCase());
  if (sameLetters) {
    return { code: 'CODE_CASE', params: { vocabulary: name, value: code, suggestion: sameLetters }, text: `unknown ${name} code "${code}"; did you mean "${sameLetters}"?` };
  }
  const valid = code.length <= VOCABULARY_LIMITS.code.max && VOCABULARY_LIMITS.code.pattern.test(code);
  if (createMissing && valid) return null;
  if (createMissing) {
    return {
      code: 'CODE_NOT_VALID',
      params: { vocabulary: name, value: code, max: VOCABULARY_LIMITS.code.max },
      text: `"${code}" cannot become a ${name} code: codes are letters and digits joined by single _ or - (at most ${VOCABULARY_LIMITS.code.max})`,
    };
  }
  const list = known.length > 15 ? `${known.slice(0, 15).join(', ')}, …` : known.join(', ');
  return {
    code: 'UNKNOWN_CODE',
    params: { vocabulary: name, value: code, known: list },
    text: `unknown ${name} code "${code}" (known: ${list}); add it first, or import with --create-missing (createMissing=true)`,
  };
}
