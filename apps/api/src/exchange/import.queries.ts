import type { EntityManager } from 'typeorm';
import { sqlRows } from '../database/typed-sql.js';

/**
 * The import's own SQL; its writes are the catalogue's (catalogue/instrument-writes.queries.ts).
 * One import at a time: the lock is held until the import's transaction ends.
 */
export async function lockImports(em: EntityManager): Promise<void> {
  await sqlRows(em, `SELECT pg_advisory_xact_lock(hashtext('nlc:instrument-import'))`);
}
