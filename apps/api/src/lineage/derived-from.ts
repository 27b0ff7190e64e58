import type { EntityManager } from 'typeorm';
import { badInput } from '../common/domain-error.js';
import { sqlRow, sqlRun } from '../database/typed-sql.js';
import { insertRevisions, type Actor } from '../catalogue/instrument-writes.queries.js';

/** Serialises every change of "afgeleid van", so two transactions cannot each close half of a cycle. */
const DERIVED_FROM_LOCK = `hashtext('instruments.derived_from_id')`;

/**
 * Takes the lineage lock for the rest of the transaction. A transaction that will change "afgeleid
 * van" takes it before it locks any instrument row: taken later, it deadlocks with another one
 * that holds the lock and waits for that row (the foreign key check locks the origin).
 */
export async function lockLineage(em: EntityManager): Promise<void> {
  await sqlRun(em, `SELECT pg_advisory_xact_lock(${DERIVED_FROM_LOCK})`);
}

/**
 * Sets (or with null clears) the instrument a locked instrument is adapted from, on the caller's
 * transaction: it must exist, not be the instrument itself, and not be adapted from it, however
 * many steps away. Bumps the version and keeps an UPDATE revision naming the titles. Returns
 * whether anything changed.
 */
export async function writeDerivedFrom(em: EntityManager, id: string, derivedFromId: string | null, actor: Actor): Promise<boolean> {
  const target = derivedFromId?.toLowerCase() ?? null;
  if (target === id.toLowerCase()) throw badInput('An instrument cannot be adapted from itself.', 'derivedFromId');
  // Already held when the caller took it first, as it should (lockLineage); taking it again is free.
  await lockLineage(em);
  const row = await sqlRow<{ currentId: string | null; currentTitle: string | null; targetTitle: string | null; cycle: boolean }>(
    em,
    `WITH RECURSIVE ancestors(id, derived_from_id) AS (
       SELECT id, derived_from_id FROM instruments WHERE id = $2::uuid
       UNION
       SELECT i.id, i.derived_from_id FROM instruments i JOIN ancestors a ON i.id = a.derived_from_id
     )
     SELECT i.derived_from_id AS "currentId", c.title AS "currentTitle",
            (SELECT title FROM instruments WHERE id = $2::uuid) AS "targetTitle",
            EXISTS (SELECT 1 FROM ancestors WHERE id = $1::uuid) AS cycle
     FROM instruments i LEFT JOIN instruments c ON c.id = i.derived_from_id
     WHERE i.id = $1::uuid`,
    [id, target],
  );
  if (!row) throw badInput('There is no instrument with this id.', 'id');
  if ((row.currentId ?? null) === target) return false;
  if (target && row.targetTitle === null) throw badInput('There is no instrument with this id to be adapted from.', 'derivedFromId');
  if (row.cycle) {
    throw badInput('That instrument is itself adapted from this one (directly or further back); choose another.', 'derivedFromId');
  }
  await sqlRun(em, `UPDATE instruments SET derived_from_id = $2::uuid, version = version + 1, updated_at = now() WHERE id = $1::uuid`, [id, target]);
  await insertRevisions(em, [{ id, action: 'UPDATE', changes: [{ field: 'derivedFrom', old: row.currentTitle, new: row.targetTitle }] }], actor);
  return true;
}
