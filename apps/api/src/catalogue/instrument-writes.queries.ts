import type { EntityManager } from 'typeorm';
import { INSTRUMENT_FIELDS, type EvidenceLevel, type InstrumentFieldName, type PrototypeStatus } from '#domain';
import { sqlRows, sqlRun } from '../database/typed-sql.js';
import { VOCABULARY_TABLES } from '../vocabularies/vocabulary.queries.js';
import type { FieldChangeRecord } from './instrument-revision.entity.js';
import type { InstrumentState } from './instrument-state.js';

/**
 * The SQL behind curation's and import's writes (instrument-writes.ts holds their rules) and the
 * instrument state they start from. Many instruments per statement: each column travels as one
 * array parameter. The descriptive columns come from INSTRUMENT_FIELDS.
 */

/** Whom history and revision rows name: a signed-in curator, or a process such as a command-line import. */
export interface Actor {
  accountId: string | null;
  displayName: string;
}

/** A descriptive field held in a column of `instruments` (all but the term sets and links), with the SQL type of its value. */
export interface ScalarColumn {
  field: InstrumentFieldName;
  column: string;
  type: string;
}

/** A choice held in a PostgreSQL enum; other choices and texts are text, a term its id. */
const ENUM_TYPES: Partial<Record<InstrumentFieldName, string>> = { origin: 'instrument_origin' };

export const SCALAR_COLUMNS: readonly ScalarColumn[] = INSTRUMENT_FIELDS.filter((f) => f.kind !== 'terms' && f.kind !== 'links').map((f) => ({
  field: f.name,
  column: f.column,
  type: f.kind === 'term' ? 'int' : (ENUM_TYPES[f.name] ?? 'text'),
}));

/** A new instrument's row; `values` by column of SCALAR_COLUMNS (a term as its id). */
export interface InstrumentInsert {
  slug: string;
  status: PrototypeStatus;
  evidenceLevel: EvidenceLevel;
  createdAt: Date | null;
  values: Partial<Record<InstrumentFieldName, unknown>>;
}

const codesOf = (joinTable: string, column: string, vocabularyTable: string) =>
  `ARRAY(SELECT v.code FROM ${joinTable} j JOIN ${vocabularyTable} v ON v.id = j.${column}
         WHERE j.instrument_id = i.id ORDER BY v.position, v.code)`;

/** Each descriptive field under its name: columns, a term's code, a set's codes, the links. */
const STATE_FIELDS = INSTRUMENT_FIELDS.map((f) => {
  switch (f.kind) {
    case 'term':
      return `${f.name}_term.code AS "${f.name}"`;
    case 'terms':
      return `${codesOf(f.joinTable!, f.column, VOCABULARY_TABLES[f.vocabulary!])} AS "${f.name}"`;
    case 'links':
      return `COALESCE((SELECT json_agg(json_build_object('label', l.label, 'url', l.url) ORDER BY l.position, l.id)
                      FROM instrument_links l WHERE l.instrument_id = i.id), '[]'::json) AS "${f.name}"`;
    default:
      return `i.${f.column} AS "${f.name}"`;
  }
}).join(',\n            ');

/** A term's code through a join on its vocabulary table (an inner one for a required term). */
const STATE_JOINS = INSTRUMENT_FIELDS.filter((f) => f.kind === 'term')
  .map((f) => `${f.required ? 'JOIN' : 'LEFT JOIN'} ${VOCABULARY_TABLES[f.vocabulary!]} ${f.name}_term ON ${f.name}_term.id = i.${f.column}`)
  .join(' ');

/** The states of the instruments with these ids or slugs; with `lock`, locked in id order until the transaction ends. */
export function selectInstrumentStates(
  em: EntityManager,
  by: { ids: readonly string[] } | { slugs: readonly string[] },
  lock: boolean,
): Promise<InstrumentState[]> {
  const [column, keys, cast] = 'ids' in by ? ['id', by.ids, 'uuid[]'] : ['slug', by.slugs, 'text[]'];
  return sqlRows<InstrumentState>(
    em,
    `SELECT i.id, i.slug, i.created_at AS "createdAt", i.version, i.status, i.evidence_level AS "evidenceLevel",
            ${STATE_FIELDS}
     FROM instruments i ${STATE_JOINS}
     WHERE i.${column} = ANY($1::${cast})
     ${lock ? 'ORDER BY i.id FOR UPDATE OF i' : ''}`,
    [keys],
  );
}

/** Inserts the instruments; their ids by slug (created_at now() unless given). */
export function insertInstruments(em: EntityManager, rows: readonly InstrumentInsert[]): Promise<{ id: string; slug: string }[]> {
  const columns = ['slug', 'status', 'evidence_level', 'created_at', ...SCALAR_COLUMNS.map((c) => c.column)];
  const types = ['text', 'prototype_status', 'evidence_level', 'timestamptz', ...SCALAR_COLUMNS.map((c) => c.type)];
  const parameters: unknown[][] = [
    rows.map((r) => r.slug),
    rows.map((r) => r.status),
    rows.map((r) => r.evidenceLevel),
    rows.map((r) => r.createdAt),
    ...SCALAR_COLUMNS.map((c) => rows.map((r) => r.values[c.field] ?? null)),
  ];
  return sqlRows(
    em,
    `INSERT INTO instruments (${columns.join(', ')})
     SELECT ${columns.map((c) => (c === 'created_at' ? 'coalesce(v.created_at, now())' : `v.${c}`)).join(', ')}
     FROM unnest(${types.map((t, n) => `$${n + 1}::${t}[]`).join(', ')}) AS v(${columns.join(', ')})
     RETURNING id, slug`,
    parameters,
  );
}

/** Sets the given columns (one value array per column) and bumps the version of each instrument. */
export async function updateColumns(em: EntityManager, ids: readonly string[], columns: readonly ScalarColumn[], values: readonly unknown[][]): Promise<void> {
  const sets = columns.map(({ column }) => `${column} = v.${column}`);
  await sqlRun(
    em,
    `UPDATE instruments i SET ${['version = i.version + 1', 'updated_at = now()', ...sets].join(', ')}
     FROM unnest($1::uuid[]${columns.map(({ type }, n) => `, $${n + 2}::${type}[]`).join('')})
       AS v(id${columns.map(({ column }) => `, ${column}`).join('')})
     WHERE i.id = v.id`,
    [ids, ...values],
  );
}

/** Sets the status or the evidence level of each instrument and bumps its version. */
/** Names each (retired) instrument's successor. */
export async function updateReplacedBy(em: EntityManager, ids: readonly string[], replacedByIds: readonly string[]): Promise<void> {
  await sqlRun(
    em,
    `UPDATE instruments i SET replaced_by_id = v.replaced_by_id
     FROM unnest($1::uuid[], $2::uuid[]) AS v(id, replaced_by_id) WHERE i.id = v.id`,
    [ids, replacedByIds],
  );
}

export async function updateLifecycle(
  em: EntityManager,
  column: 'status' | 'evidence_level',
  ids: readonly string[],
  values: readonly PrototypeStatus[] | readonly EvidenceLevel[],
): Promise<void> {
  await sqlRun(
    em,
    `UPDATE instruments i SET ${column} = v.value, version = i.version + 1, updated_at = now()
     FROM unnest($1::uuid[], $2::${column === 'status' ? 'prototype_status' : 'evidence_level'}[]) AS v(id, value) WHERE i.id = v.id`,
    [ids, values],
  );
}

/**
 * From here until `computeSearchDocuments`, this transaction's writes leave the instruments' search
 * documents alone (migration SearchDocumentOnce): a writer of many instruments and their term sets
 * computes each document once instead of after every statement that touches it.
 */
export async function deferSearchDocuments(em: EntityManager): Promise<void> {
  await sqlRun(em, `SELECT set_config('nlc.search_deferred', 'on', true)`);
}

/** Ends `deferSearchDocuments` and computes the documents of these instruments, in one statement. */
export async function computeSearchDocuments(em: EntityManager, ids: readonly string[]): Promise<void> {
  await sqlRun(em, `SELECT set_config('nlc.search_deferred', 'off', true)`);
  await sqlRun(em, `UPDATE instruments SET search_vector = NULL WHERE id = ANY($1::uuid[])`, [ids]);
}

/** Clears the rows of a term set's join table (or of `instrument_links`) for these instruments. */
export async function deleteRelations(em: EntityManager, table: string, ids: readonly string[]): Promise<void> {
  await sqlRun(em, `DELETE FROM ${table} WHERE instrument_id = ANY($1::uuid[])`, [ids]);
}

export async function insertTerms(em: EntityManager, joinTable: string, column: string, ids: readonly string[], termIds: readonly number[]): Promise<void> {
  await sqlRun(em, `INSERT INTO ${joinTable} (instrument_id, ${column}) SELECT * FROM unnest($1::uuid[], $2::int[])`, [ids, termIds]);
}

export async function insertLinks(
  em: EntityManager,
  links: readonly { id: string; position: number; label: string; url: string }[],
): Promise<void> {
  await sqlRun(
    em,
    `INSERT INTO instrument_links (instrument_id, position, label, url)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[])`,
    [links.map((l) => l.id), links.map((l) => l.position), links.map((l) => l.label), links.map((l) => l.url)],
  );
}

export async function insertStatusChanges(
  em: EntityManager,
  items: readonly { id: string; from: PrototypeStatus | null; to: PrototypeStatus; note: string | null }[],
  actor: Actor,
): Promise<void> {
  await sqlRun(
    em,
    `INSERT INTO instrument_status_changes (instrument_id, from_status, to_status, note, changed_by_id, changed_by_name)
     SELECT v.id, v.from_status, v.to_status, v.note, $5::uuid, $6::text
     FROM unnest($1::uuid[], $2::prototype_status[], $3::prototype_status[], $4::text[]) AS v(id, from_status, to_status, note)`,
    [items.map((i) => i.id), items.map((i) => i.from), items.map((i) => i.to), items.map((i) => i.note), actor.accountId, actor.displayName],
  );
}

export async function insertRevisions(
  em: EntityManager,
  items: readonly { id: string; action: string; changes: FieldChangeRecord[] }[],
  actor: Actor,
): Promise<void> {
  // One JSON document per statement: PostgreSQL parses it far faster than a jsonb[] array literal.
  await sqlRun(
    em,
    `INSERT INTO instrument_revisions (instrument_id, changed_by_id, changed_by_name, action, changes)
     SELECT v.id, $2::uuid, $3::text, v.action, v.changes
     FROM json_to_recordset($1::json) AS v(id uuid, action text, changes jsonb)`,
    [JSON.stringify(items.map((i) => ({ id: i.id, action: i.action, changes: i.changes }))), actor.accountId, actor.displayName],
  );
}
