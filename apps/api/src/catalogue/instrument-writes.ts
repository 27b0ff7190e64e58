import type { EntityManager } from 'typeorm';
import { CREATED_ASSESSMENT_REASON, TERM_SET_FIELDS, type EvidenceLevel, type PrototypeStatus } from '#domain';
import { insertAssessments, type EvidenceSourceValues } from '../evidence/evidence-writes.queries.js';
import type { VocabularySnapshot } from '../vocabularies/vocabulary.service.js';
import { termIds, type Fields } from './instrument-fields.normalise.js';
import type { FieldChangeRecord } from './instrument-revision.entity.js';
import { diffState, type InstrumentState } from './instrument-state.js';
import {
  SCALAR_COLUMNS,
  computeSearchDocuments,
  deferSearchDocuments,
  deleteRelations,
  insertInstruments,
  insertLinks,
  insertRevisions,
  insertStatusChanges,
  insertTerms,
  updateColumns,
  updateLifecycle,
  updateReplacedBy,
  type Actor,
} from './instrument-writes.queries.js';

export type { Actor };

/**
 * The writes behind curation and import: instruments, their term sets and links, and the
 * append-only status history and revisions. Every function takes many instruments at once
 * (arrays travel as single parameters, so a statement writes thousands of rows) and runs on
 * the caller's transaction; curation passes one instrument, an import thousands. The SQL is in
 * instrument-writes.queries.ts.
 */

/** What a new instrument has when the input leaves these out. */
const NEW_INSTRUMENT_DEFAULTS: Fields = { description: '', language: 'nl' };

/** Rows per statement; each column is one array parameter, so this only bounds statement size. */
const CHUNK = 2000;

function chunked<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

export interface NewInstrument {
  slug: string;
  /** Normalised fields; title, summary, phases, type and origin are present. */
  fields: Fields;
  status: PrototypeStatus;
  evidenceLevel: EvidenceLevel;
  /** Kept when an import moves an instrument from another catalogue; now() otherwise. */
  createdAt?: Date | null;
  /** The note on the first status-history row. */
  statusNote?: string | null;
  /** The reason of the first assessment, when the level is not NOT_ASSESSED. */
  evidenceReason?: string | null;
}

/** Inserts the instruments with their terms, links, first status-history row and CREATE revision; ids by slug. */
export async function createInstruments(
  em: EntityManager,
  items: readonly NewInstrument[],
  vocabulary: VocabularySnapshot,
  actor: Actor,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // Each search document once, with its term sets: not on the insert and again after every set.
  await deferSearchDocuments(em);
  for (const chunk of chunked(items)) {
    const rows = await insertInstruments(
      em,
      chunk.map((i) => ({
        slug: i.slug,
        status: i.status,
        evidenceLevel: i.evidenceLevel,
        createdAt: i.createdAt ?? null,
        values: { ...NEW_INSTRUMENT_DEFAULTS, ...i.fields, type: termIds(vocabulary, 'type', [i.fields.type as string])[0] },
      })),
    );
    for (const row of rows) ids.set(row.slug, row.id);
  }
  const withIds = items.map((item) => ({ ...item, id: ids.get(item.slug)! }));
  await writeRelations(em, withIds, vocabulary, false);
  await computeSearchDocuments(em, [...ids.values()]);
  await appendStatusChanges(
    em,
    withIds.map((i) => ({ id: i.id, from: null, to: i.status, note: i.statusNote ?? null })),
    actor,
  );
  await appendRevisions(
    em,
    withIds.map((i) => {
      const created = { slug: i.slug, ...i.fields, status: i.status, evidenceLevel: i.evidenceLevel };
      return { id: i.id, action: 'CREATE', changes: diffState({}, created as Fields) };
    }),
    actor,
  );
  await insertAssessments(
    em,
    withIds
      .filter((i) => i.evidenceLevel !== 'NOT_ASSESSED')
      .map((i) => ({ instrumentId: i.id, level: i.evidenceLevel, reason: i.evidenceReason || CREATED_ASSESSMENT_REASON })),
    actor,
  );
  return ids;
}

/**
 * Writes the fields that differ from each instrument's current (locked) state, bumps the
 * version and appends an UPDATE revision per changed instrument. Returns the changed ids.
 */
export async function applyFieldChanges(
  em: EntityManager,
  items: readonly { current: InstrumentState; fields: Fields }[],
  vocabulary: VocabularySnapshot,
  actor: Actor,
): Promise<string[]> {
  const changed = items
    .map(({ current, fields }) => {
      const changes = diffState(current, fields);
      return { id: current.id, changes, fields: Object.fromEntries(changes.map((c) => [c.field, c.new])) as Fields };
    })
    .filter((c) => c.changes.length > 0);
  if (changed.length === 0) return [];

  // One statement per combination of changed columns (an import has few; curation one).
  const groups = new Map<string, typeof changed>();
  for (const item of changed) {
    const signature = SCALAR_COLUMNS.filter(({ field }) => field in item.fields).map(({ field }) => field).join(',');
    groups.set(signature, [...(groups.get(signature) ?? []), item]);
  }
  for (const group of groups.values()) {
    const columns = SCALAR_COLUMNS.filter(({ field }) => field in group[0].fields);
    for (const chunk of chunked(group)) {
      const values = columns.map(({ field }) =>
        chunk.map((c) => (field === 'type' ? termIds(vocabulary, 'type', [c.fields.type as string])[0] : c.fields[field])),
      );
      await updateColumns(em, chunk.map((c) => c.id), columns, values);
    }
  }
  // A changed term set is deleted and inserted again: its documents are computed once, after all sets.
  const withTermSets = changed.filter((c) => TERM_SET_FIELDS.some(({ name }) => c.fields[name] !== undefined)).map((c) => c.id);
  if (withTermSets.length) await deferSearchDocuments(em);
  await writeRelations(em, changed, vocabulary, true);
  if (withTermSets.length) await computeSearchDocuments(em, withTermSets);
  await appendRevisions(em, changed.map((c) => ({ id: c.id, action: 'UPDATE', changes: c.changes })), actor);
  return changed.map((c) => c.id);
}

/**
 * Moves each instrument to its new status (the caller checked the transition) with history and
 * revision; a retired one may name its successor (`replacedBy`, checked by the caller), which the
 * revision keeps by title.
 */
export async function applyStatusChanges(
  em: EntityManager,
  items: readonly {
    id: string;
    from: PrototypeStatus;
    to: PrototypeStatus;
    note: string | null;
    replacedBy?: { id: string; title: string } | null;
  }[],
  actor: Actor,
): Promise<void> {
  for (const chunk of chunked(items)) {
    await updateLifecycle(em, 'status', chunk.map((i) => i.id), chunk.map((i) => i.to));
  }
  const replaced = items.filter((i) => i.replacedBy);
  if (replaced.length) await updateReplacedBy(em, replaced.map((i) => i.id), replaced.map((i) => i.replacedBy!.id));
  await appendStatusChanges(em, items, actor);
  await appendRevisions(
    em,
    items.map((i) => ({
      id: i.id,
      action: 'STATUS',
      changes: [
        { field: 'status', old: i.from, new: i.to },
        ...(i.replacedBy ? [{ field: 'replacedBy', old: null, new: i.replacedBy.title }] : []),
      ],
    })),
    actor,
  );
}

/**
 * Appends an assessment per item (its reason and sources) and keeps `instruments.evidence_level`,
 * which the catalogue filters on, equal to the latest one; a changed level also gets a revision.
 */
export async function applyEvidenceChanges(
  em: EntityManager,
  items: readonly { id: string; from: EvidenceLevel; to: EvidenceLevel; reason: string; sources?: readonly EvidenceSourceValues[] }[],
  actor: Actor,
): Promise<void> {
  for (const chunk of chunked(items)) {
    await insertAssessments(em, chunk.map((i) => ({ instrumentId: i.id, level: i.to, reason: i.reason, sources: i.sources })), actor);
  }
  const changed = items.filter((i) => i.from !== i.to);
  for (const chunk of chunked(changed)) {
    await updateLifecycle(em, 'evidence_level', chunk.map((i) => i.id), chunk.map((i) => i.to));
  }
  await appendRevisions(
    em,
    changed.map((i) => ({ id: i.id, action: 'EVIDENCE', changes: [{ field: 'evidenceLevel', old: i.from, new: i.to }] })),
    actor,
  );
}

/** Writes the term sets and links that each item's `fields` holds; `replace` clears the old ones first. */
async function writeRelations(
  em: EntityManager,
  items: readonly { id: string; fields: Fields }[],
  vocabulary: VocabularySnapshot,
  replace: boolean,
): Promise<void> {
  for (const { name: field, joinTable: table, column } of TERM_SET_FIELDS) {
    const targets = items.filter((i) => i.fields[field] !== undefined);
    if (targets.length === 0) continue;
    if (replace) {
      await deleteRelations(em, table!, targets.map((t) => t.id));
    }
    const pairs = targets.flatMap((t) =>
      termIds(vocabulary, field, t.fields[field] as string[]).map((termId) => [t.id, termId] as const),
    );
    for (const chunk of chunked(pairs, CHUNK * 4)) {
      await insertTerms(em, table!, column, chunk.map(([id]) => id), chunk.map(([, termId]) => termId));
    }
  }
  const targets = items.filter((i) => i.fields.links !== undefined);
  if (targets.length === 0) return;
  if (replace) {
    await deleteRelations(em, 'instrument_links', targets.map((t) => t.id));
  }
  const links = targets.flatMap((t) =>
    (t.fields.links as { label: string; url: string }[]).map((link, index) => ({ id: t.id, position: index + 1, ...link })),
  );
  for (const chunk of chunked(links, CHUNK * 4)) {
    await insertLinks(em, chunk);
  }
}

async function appendStatusChanges(
  em: EntityManager,
  items: readonly { id: string; from: PrototypeStatus | null; to: PrototypeStatus; note: string | null }[],
  actor: Actor,
): Promise<void> {
  for (const chunk of chunked(items)) await insertStatusChanges(em, chunk, actor);
}

async function appendRevisions(
  em: EntityManager,
  items: readonly { id: string; action: string; changes: FieldChangeRecord[] }[],
  actor: Actor,
): Promise<void> {
  for (const chunk of chunked(items)) await insertRevisions(em, chunk, actor);
}
