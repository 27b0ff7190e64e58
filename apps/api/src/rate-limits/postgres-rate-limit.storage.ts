import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { RateLimitsQueries } from './rate-limits.queries.js';

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

  constructor(private readonly queries: RateLimitsQueries) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<RateLimitRecord> {
    this.sweeper ??= setInterval(() => void this.sweep().catch(() => undefined), 60_000).unref();
    const row = await this.queries.hit(`${throttlerName}:${key}`, ttl, limit, blockDuration);
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
    await this.queries.refund(`${throttlerName}:${key}`);
  }

  /** Forgets windows and blocks that are over. */
  sweep(): Promise<void> {
    return this.queries.sweep();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }
}
