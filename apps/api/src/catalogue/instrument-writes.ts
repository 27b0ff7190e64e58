import type { EntityManager } from 'typeorm';
import { INSTRUMENT_FIELDS, TERM_SET_FIELDS, type EvidenceLevel, type PrototypeStatus } from '#domain';
import type { VocabularySnapshot } from '../vocabularies/vocabulary.service.js';
import { termIds, type Fields } from './instrument-fields.normalise.js';
import type { FieldChangeRecord } from './instrument-revision.entity.js';
import { diffState, type EditableField, type InstrumentState } from './instrument-state.js';

/**
 * The writes behind curation and import: instruments, their term sets and links, and the
 * append-only status history and revisions. Every function takes many instruments at once
 * (arrays travel as single parameters, so a statement writes thousands of rows) and runs on
 * the caller's transaction; curation passes one instrument, an import thousands.
 */

/** Whom history and revision rows name: a signed-in curator, or a process such as a command-line import. */
export interface Actor {
  accountId: string | null;
  displayName: string;
}

/** Columns an update may set (every descriptive field but the sets and links), with the SQL type of their value. */
const UPDATE_COLUMNS: [EditableField, string, string][] = INSTRUMENT_FIELDS.filter((f) => f.kind !== 'terms' && f.kind !== 'links').map(
  (f) => [f.name, f.column, f.kind === 'term' ? 'int' : f.name === 'origin' ? 'instrument_origin' : 'text'],
);

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
}

/** Inserts the instruments with their terms, links, first status-history row and CREATE revision; ids by slug. */
export async function createInstruments(
  em: EntityManager,
  items: readonly NewInstrument[],
  vocabulary: VocabularySnapshot,
  actor: Actor,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const chunk of chunked(items)) {
    const text = (field: EditableField, fallback: unknown = null) => chunk.map((i) => i.fields[field] ?? fallback);
    const rows: { id: string; slug: string }[] = await em.query(
      `INSERT INTO instruments (slug, title, summary, description, status, evidence_level, origin, type_id,
         owner_organisation, contact_name, contact_email, language, licence, time_needed, created_at)
       SELECT v.slug, v.title, v.summary, v.description, v.status, v.evidence_level, v.origin, v.type_id,
              v.owner_organisation, v.contact_name, v.contact_email, v.language, v.licence, v.time_needed,
              coalesce(v.created_at, now())
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::prototype_status[], $6::evidence_level[],
                   $7::instrument_origin[], $8::int[], $9::text[], $10::text[], $11::text[], $12::text[],
                   $13::text[], $14::text[], $15::timestamptz[])
         AS v(slug, title, summary, description, status, evidence_level, origin, type_id, owner_organisation,
              contact_name, contact_email, language, licence, time_needed, created_at)
       RETURNING id, slug`,
      [
        chunk.map((i) => i.slug),
        text('title'),
        text('summary'),
        text('description', ''),
        chunk.map((i) => i.status),
        chunk.map((i) => i.evidenceLevel),
        text('origin'),
        chunk.map((i) => termIds(vocabulary, 'type', [i.fields.type as string])[0]),
        text('ownerOrganisation'),
        text('contactName'),
        text('contactEmail'),
        text('language', 'nl'),
        text('licence'),
        text('timeNeeded'),
        chunk.map((i) => i.createdAt ?? null),
      ],
    );
    for (const row of rows) ids.set(row.slug, row.id);
  }
  const withIds = items.map((item) => ({ ...item, id: ids.get(item.slug)! }));
  await writeRelations(em, withIds, vocabulary, false);
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
    const signature = UPDATE_COLUMNS.filter(([field]) => field in item.fields).map(([field]) => field).join(',');
    groups.set(signature, [...(groups.get(signature) ?? []), item]);
  }
  for (const group of groups.values()) {
    const columns = UPDATE_COLUMNS.filter(([field]) => field in group[0].fields);
    for (const chunk of chunked(group)) {
      const values: unknown[] = [chunk.map((c) => c.id)];
      for (const [field] of columns) {
        values.push(
          chunk.map((c) =>
            field === 'type' ? termIds(vocabulary, 'type', [c.fields.type as string])[0] : c.fields[field],
          ),
        );
      }
      const sets = columns.map(([, column]) => `${column} = v.${column}`);
      await em.query(
        `UPDATE instruments i SET ${['version = i.version + 1', 'updated_at = now()', ...sets].join(', ')}
         FROM unnest($1::uuid[]${columns.map(([, , type], n) => `, $${n + 2}::${type}[]`).join('')})
           AS v(id${columns.map(([, column]) => `, ${column}`).join('')})
         WHERE i.id = v.id`,
        values,
      );
    }
  }
  await writeRelations(em, changed, vocabulary, true);
  await appendRevisions(em, changed.map((c) => ({ id: c.id, action: 'UPDATE', changes: c.changes })), actor);
  return changed.map((c) => c.id);
}

/** Moves each instrument to its new status (the caller checked the transition) with history and revision. */
export async function applyStatusChanges(
  em: EntityManager,
  items: readonly { id: string; from: PrototypeStatus; to: PrototypeStatus; note: string | null }[],
  actor: Actor,
): Promise<void> {
  for (const chunk of chunked(items)) {
    await em.query(
      `UPDATE instruments i SET status = v.status, version = i.version + 1, updated_at = now()
       FROM unnest($1::uuid[], $2::prototype_status[]) AS v(id, status) WHERE i.id = v.id`,
      [chunk.map((i) => i.id), chunk.map((i) => i.to)],
    );
  }
  await appendStatusChanges(em, items, actor);
  await appendRevisions(
    em,
    items.map((i) => ({ id: i.id, action: 'STATUS', changes: [{ field: 'status', old: i.from, new: i.to }] })),
    actor,
  );
}

export async function applyEvidenceChanges(
  em: EntityManager,
  items: readonly { id: string; from: EvidenceLevel; to: EvidenceLevel }[],
  actor: Actor,
): Promise<void> {
  for (const chunk of chunked(items)) {
    await em.query(
      `UPDATE instruments i SET evidence_level = v.level, version = i.version + 1, updated_at = now()
       FROM unnest($1::uuid[], $2::evidence_level[]) AS v(id, level) WHERE i.id = v.id`,
      [chunk.map((i) => i.id), chunk.map((i) => i.to)],
    );
  }
  await appendRevisions(
    em,
    items.map((i) => ({ id: i.id, action: 'EVIDENCE', changes: [{ field: 'evidenceLevel', old: i.from, new: i.to }] })),
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
      await em.query(`DELETE FROM ${table} WHERE instrument_id = ANY($1::uuid[])`, [targets.map((t) => t.id)]);
    }
    const pairs = targets.flatMap((t) =>
      termIds(vocabulary, field, t.fields[field] as string[]).map((termId) => [t.id, termId] as const),
    );
    for (const chunk of chunked(pairs, CHUNK * 4)) {
      await em.query(`INSERT INTO ${table} (instrument_id, ${column}) SELECT * FROM unnest($1::uuid[], $2::int[])`, [
        chunk.map(([id]) => id),
        chunk.map(([, termId]) => termId),
      ]);
    }
  }
  const targets = items.filter((i) => i.fields.links !== undefined);
  if (targets.length === 0) return;
  if (replace) {
    await em.query(`DELETE FROM instrument_links WHERE instrument_id = ANY($1::uuid[])`, [targets.map((t) => t.id)]);
  }
  const links = targets.flatMap((t) =>
    (t.fields.links as { label: string; url: string }[]).map((link, index) => ({ id: t.id, position: index + 1, ...link })),
  );
  for (const chunk of chunked(links, CHUNK * 4)) {
    await em.query(
      `INSERT INTO instrument_links (instrument_id, position, label, url)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[])`,
      [chunk.map((l) => l.id), chunk.map((l) => l.position), chunk.map((l) => l.label), chunk.map((l) => l.url)],
    );
  }
}

async function appendStatusChanges(
  em: EntityManager,
  items: readonly { id: string; from: PrototypeStatus | null; to: PrototypeStatus; note: string | null }[],
  actor: Actor,
): Promise<void> {
  for (const chunk of chunked(items)) {
    await em.query(
      `INSERT INTO instrument_status_changes (instrument_id, from_status, to_status, note, changed_by_id, changed_by_name)
       SELECT v.id, v.from_status, v.to_status, v.note, $5::uuid, $6::text
       FROM unnest($1::uuid[], $2::prototype_status[], $3::prototype_status[], $4::text[]) AS v(id, from_status, to_status, note)`,
      [chunk.map((i) => i.id), chunk.map((i) => i.from), chunk.map((i) => i.to), chunk.map((i) => i.note), actor.accountId, actor.displayName],
    );
  }
}

async function appendRevisions(
  em: EntityManager,
  items: readonly { id: string; action: string; changes: FieldChangeRecord[] }[],
  actor: Actor,
): Promise<void> {
  for (const chunk of chunked(items)) {
    // One JSON document per statement: PostgreSQL parses it far faster than a jsonb[] array literal.
    await em.query(
      `INSERT INTO instrument_revisions (instrument_id, changed_by_id, changed_by_name, action, changes)
       SELECT v.id, $2::uuid, $3::text, v.action, v.changes
       FROM json_to_recordset($1::json) AS v(id uuid, action text, changes jsonb)`,
      [JSON.stringify(chunk.map((i) => ({ id: i.id, action: i.action, changes: i.changes }))), actor.accountId, actor.displayName],
    );
  }
}
