import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows can appear in an answer to an anonymous read; each write to them bumps the cache version. */
const CACHED_TABLES = [
  'instruments',
  'instrument_links',
  'instrument_phases',
  'instrument_audiences',
  'instrument_sectors',
  'instrument_tags',
  'instrument_status_changes',
  'instrument_revisions',
  'ratings',
  'rating_summaries',
  'accounts',
  'phases',
  'instrument_types',
  'audiences',
  'sectors',
  'tags',
  'proposals',
  'proposal_events',
];

/**
 * The version the anonymous read cache keys its entries with (the sum over a few shards, so
 * concurrent writers rarely wait on one row). It is bumped at commit by a deferred constraint
 * trigger on every table an anonymous answer reads, whichever code (or psql session) writes:
 * a new version is visible exactly when the write is, and the bump takes its row lock last,
 * so it cannot deadlock with the transaction's other locks.
 */
export class CacheVersion1795921703613 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE cache_version (shard smallint PRIMARY KEY, version bigint NOT NULL DEFAULT 0)`);
    await queryRunner.query(`INSERT INTO cache_version (shard) SELECT generate_series(0, 7)`);
    await queryRunner.query(`CREATE FUNCTION bump_cache_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Once per transaction, however many rows it writes.
        IF current_setting('nlc.cache_version_bumped', true) IS DISTINCT FROM 'on' THEN
          PERFORM set_config('nlc.cache_version_bumped', 'on', true);
          UPDATE cache_version SET version = version + 1 WHERE shard = pg_backend_pid() % 8;
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of CACHED_TABLES) {
      await queryRunner.query(`CREATE CONSTRAINT TRIGGER cache_version_bump AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_cache_version()`);
      await queryRunner.query(`CREATE TRIGGER cache_version_bump_truncate AFTER TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION bump_cache_version()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of CACHED_TABLES) {
      await queryRunner.query(`DROP TRIGGER cache_version_bump_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER cache_version_bump ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION bump_cache_version()`);
    await queryRunner.query(`DROP TABLE cache_version`);
  }
}
