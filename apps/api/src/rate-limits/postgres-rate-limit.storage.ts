import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The state of one key after a hit; times in whole seconds (the shape of @nestjs/throttler's storage). */
export interface RateLimitRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/** @nestjs/throttler's ThrottlerStorage interface, so either side can be swapped. */
export interface RateLimitStorage {
  increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<RateLimitRecord>;
}

/**
 * Rate-limit hit counters in PostgreSQL, so every instance of the API behind a load balancer counts the
 * same hits (the project has no Redis). One atomic upsert per hit on an UNLOGGED table: fast,
 * not written to the WAL, emptied after a crash, which only forgives a few hits.
 *
 * A fixed window per key: the first hit opens it for `ttl` ms; the hit after `limit` blocks
 * the key for `blockDuration` ms; after the block or the window a new window starts.
 */
@Injectable()
export class PostgresRateLimitStorage implements RateLimitStorage, OnApplicationShutdown {
  private sweeper: NodeJS.Timeout | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<RateLimitRecord> {
    this.sweeper ??= setInterval(() => void this.sweep().catch(() => undefined), 60_000).unref();
    const rows: { hits: number; expires_in: number; blocked_for: number | null }[] = await this.dataSource.query(
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
      [`${throttlerName}:${key}`, ttl, limit, blockDuration],
    );
    const row = rows[0]!;
    const blocked = row.blocked_for !== null && row.blocked_for > 0;
    return {
      totalHits: row.hits,
      timeToExpire: Math.max(0, row.expires_in),
      isBlocked: blocked,
      timeToBlockExpire: blocked ? row.blocked_for! : 0,
    };
  }

  /**
   * Takes back one hit of a key that is not blocked: for attempts that count only when they fail
   * (a sign-in is counted before it runs, so that parallel guesses cannot pass the limit, and
   * given back when it succeeds). A key back at no hits is forgotten, so a success does not even
   * open a window.
   */
  async refund(key: string, throttlerName: string): Promise<void> {
    const stored = `${throttlerName}:${key}`;
    await this.dataSource.query(`UPDATE throttler_hits SET hits = hits - 1 WHERE key = $1 AND blocked_until IS NULL AND hits > 0`, [stored]);
    await this.dataSource.query(`DELETE FROM throttler_hits WHERE key = $1 AND blocked_until IS NULL AND hits <= 0`, [stored]);
  }

  /** Forgets windows and blocks that are over. */
  async sweep(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM throttler_hits WHERE window_ends_at < now() AND (blocked_until IS NULL OR blocked_until < now())`,
    );
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }
}
