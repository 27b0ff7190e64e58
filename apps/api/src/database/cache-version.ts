import { sqlRow, type Db } from './typed-sql.js';

/**
 * The cache version: the sum of `cache_version`, which every write that can change a public
 * answer bumps in its own transaction (migration CacheVersion). The anonymous read cache keys its
 * answers by it, and the catalogue keeps its mean rating by it.
 */
export const CACHE_VERSION_SQL = `SELECT sum(version)::text AS version FROM cache_version`;

export async function cacheVersion(db: Db): Promise<string> {
  return (await sqlRow<{ version: string }>(db, CACHE_VERSION_SQL))!.version;
}
