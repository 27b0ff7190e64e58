import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlRow, sqlRun } from '../database/typed-sql.js';

/** A key's counter after a hit; times in whole seconds from now. */
export interface HitRow {
  hits: number;
  expires_in: number;
  blocked_for: number | null;
}

/** The SQL of the rate-limit counters (an UNLOGGED table, one row per key). */
@Injectable()
export class RateLimitsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One atomic upsert per hit (see PostgresRateLimitStorage for the window and the block). */
  async hit(storedKey: string, ttl: number, limit: number, blockDuration: number): Promise<HitRow> {
    const row = await sqlRow<HitRow>(
      this.dataSource,
      `WITH hit AS (
         INSERT INTO throttler_hits AS t (key, hits, window_ends_at, blocked_until)
         VALUES ($1, 1, now() + $2 * interval '1 millisecond',
                 CASE WHEN 1 > $3 THEN now() + $4 * interval '1 millisecond' END)
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN t.blocked_until > now() THEN t.hits + 1
                       WHEN t.window_ends_at <= now() OR t.blocked_until IS NOT NULL THEN 1
                       ELSE t.hits + 1 END,
           window_ends_at = CASE WHEN t.blocked_until > now() THEN t.window_ends_at
                                 WHEN t.window_ends_at <= now() OR t.blocked_until IS NOT NULL THEN now() + $2 * interval '1 millisecond'
                                 ELSE t.window_ends_at END,
           blocked_until = CASE WHEN t.blocked_until > now() THEN t.blocked_until
                                WHEN t.window_ends_at <= now() OR t.blocked_until IS NOT NULL THEN
                                  CASE WHEN 1 > $3 THEN now() + $4 * interval '1 millisecond' END
                                WHEN t.hits + 1 > $3 THEN now() + $4 * interval '1 millisecond' END
         RETURNING hits, window_ends_at, blocked_until
       )
       SELECT hits,
              ceil(extract(epoch FROM window_ends_at - now()))::int AS expires_in,
              ceil(extract(epoch FROM blocked_until - now()))::int AS blocked_for
       FROM hit`,
      [storedKey, ttl, limit, blockDuration],
    );
    return row!;
  }

  /** One hit less for a key that is not blocked; a key back at no hits is forgotten. */
  async refund(storedKey: string): Promise<void> {
    await sqlRun(this.dataSource, `UPDATE throttler_hits SET hits = hits - 1 WHERE key = $1 AND blocked_until IS NULL AND hits > 0`, [storedKey]);
    await sqlRun(this.dataSource, `DELETE FROM throttler_hits WHERE key = $1 AND blocked_until IS NULL AND hits <= 0`, [storedKey]);
  }

  /** Forgets windows and blocks that are over. */
  async sweep(): Promise<void> {
    await sqlRun(this.dataSource, `DELETE FROM throttler_hits WHERE window_ends_at < now() AND (blocked_until IS NULL OR blocked_until < now())`);
  }
}
