import type { EntityManager } from 'typeorm';
import { sqlRows } from '../database/typed-sql.js';

/**
 * The import's own SQL; its writes are the catalogue's (catalogue/instrument-writes.queries.ts).
 * One import at a time: the lock is held until the import's transaction ends.
 */
export async function lockImports(em: EntityManager): Promise<void> {
  await sqlRows(em, `SELECT pg_advisory_xact_lock(hashtext('nlc:instrument-import'))`);
}

/** What the instrument file holds beyond an instrument's state: its lineage by slug and the latest assessment's reason. */
export interface ExchangeExtras {
  id: string;
  slug: string;
  derivedFrom: string | null;
  replacedBy: string | null;
  evidenceReason: string | null;
}

/** The extras of the instruments with these ids or slugs, in one statement (the latest reason through the assessments' index). */
export function selectExchangeExtras(em: EntityManager, by: { ids: readonly string[] } | { slugs: readonly string[] }): Promise<ExchangeExtras[]> {
  const [where, keys] = 'ids' in by ? ['i.id = ANY($1::uuid[])', by.ids] : ['i.slug = ANY($1::text[])', by.slugs];
  if (keys.length === 0) return Promise.resolve([]);
  return sqlRows<ExchangeExtras>(
    em,
    `SELECT i.id, i.slug, d.slug AS "derivedFrom", r.slug AS "replacedBy",
            (SELECT a.reason FROM evidence_assessments a WHERE a.instrument_id = i.id
             ORDER BY a.assessed_at DESC, a.id DESC LIMIT 1) AS "evidenceReason"
     FROM instruments i
     LEFT JOIN instruments d ON d.id = i.derived_from_id
     LEFT JOIN instruments r ON r.id = i.replaced_by_id
     WHERE ${where}`,
    [keys],
  );
}
