import { createHash } from 'node:crypto';
import { Inject, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '../accounts/sessions.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { cacheVersion } from '../database/cache-version.js';
import type { RequestContext } from './request-context.js';

/** `ANONYMOUS_READ_CACHE=false` turns the cache off (the bench measures both ways); `ANONYMOUS_READ_CACHE_MB` bounds it. */
export const ANONYMOUS_READ_CACHE_ENV = 'ANONYMOUS_READ_CACHE';
const MAX_ENTRIES = 2_000;

/** What is kept: a GraphQL answer, or a server-rendered page (apps/api/src/ssr). */
type Kept = FormattedExecutionResult | object;

interface Flight {
  result: Promise<Kept | null>;
  settle(result: Kept | null): void;
}

/** The answer as its JSON in a Buffer: outside V8's heap, so a full cache does not make every collection slower. */
interface Entry {
  json: Buffer;
  bytes: number;
}

/**
 * Whole answers to anonymous queries, kept in memory and keyed by the database's cache version.
 * Every write to a table an answer can read bumps that version in the same transaction
 * (migration CacheVersion), so a read that starts after a write committed never sees an
 * answer from before it, whichever process wrote. A visitor's answer depends only on the data
 * and the request; anything with a session cookie, any mutation and any answer with errors
 * is never cached. Costs one small statement per anonymous query. Concurrent identical misses
 * share one execution. Answers are kept serialised, outside the V8 heap, under a digest of the
 * request: the API runs with a small old space, and a heap full of cached objects made every
 * mark-compact longer and more frequent; parsing a hit again costs far less.
 */
@Injectable()
export class AnonymousReadCache {
  private readonly enabled: boolean;
  private readonly maxBytes: number;
  private version: string | null = null;
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Flight>();
  private bytes = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.enabled = config.readCache.enabled;
    this.maxBytes = config.readCache.maxBytes;
  }

  plugin(): ApolloServerPlugin<RequestContext> {
    if (!this.enabled) return {};
    return {
      requestDidStart: async ({ request, contextValue }): Promise<GraphQLRequestListener<RequestContext>> => {
        if (contextValue.req.cookies?.[SESSION_COOKIE]) return {};
        let key: string | null = null;
        let version: string | null = null;
        let hit = false;
        let flight: Flight | null = null;
        const answer = (result: FormattedExecutionResult) => {
          hit = true;
          return { http: { headers: new HeaderMap() }, body: { kind: 'single' as const, singleResult: result } };
        };
        return {
          responseForOperation: async ({ operation }) => {
            // No operation: the document has none of the requested name (or several and no name); Apollo answers that.
            if (operation?.operation !== 'query') return null;
            // Without a version (the database is away) the query runs uncached and its resolvers
            // report the fault with its own code (SERVICE_UNAVAILABLE), not as an internal error.
            version = await this.currentVersion().catch(() => null);
            if (version === null) return null;
            key = requestKey([request.operationName ?? null, request.query, request.variables ?? null, request.extensions ?? null]);
            const entry = this.lookup(version, key);
            if (entry) return answer(JSON.parse(entry.json.toString('utf8')) as FormattedExecutionResult);
            // The same question is being answered right now: wait for that answer instead of
            // running the same (possibly heavy) SQL again, e.g. when many visitors arrive at once.
            const flightKey = `${version}\n${key}`;
            const pending = this.inFlight.get(flightKey);
            if (pending) {
              const result = (await pending.result) as FormattedExecutionResult | null;
              return result ? answer(result) : null;
            }
            flight = this.startFlight(flightKey);
            return null;
          },
          willSendResponse: async ({ response }) => {
            if (hit || key === null || version === null) return;
            let result: FormattedExecutionResult | null = null;
            if (response.body.kind === 'single') {
              const single = response.body.singleResult;
              if (!single.errors?.length && single.data && (response.http.status ?? 200) === 200) result = single;
            }
            if (result) this.store(version, key, result);
            flight?.settle(result);
          },
        };
      },
    };
  }

  /**
   * A visitor's page rendered on the server, kept like an answer: under the cache version, so the
   * next write makes it stale, and made once when many ask for it at once. `make` says `keep: false`
   * for what must not be kept (a page with errors); it is then made again for the next visitor.
   */
  async page<T extends object>(url: string, make: () => Promise<{ value: T; keep: boolean }>): Promise<T> {
    const version = this.enabled ? await this.currentVersion().catch(() => null) : null;
    if (version === null) return (await make()).value;
    const key = requestKey(['page', url]);
    const entry = this.lookup(version, key);
    if (entry) return JSON.parse(entry.json.toString('utf8')) as T;
    const flightKey = `${version}\n${key}`;
    const pending = this.inFlight.get(flightKey);
    if (pending) {
      const kept = (await pending.result) as T | null;
      if (kept) return kept;
      return (await make()).value;
    }
    const flight = this.startFlight(flightKey);
    try {
      const { value, keep } = await make();
      if (keep) this.store(version, key, value);
      flight.settle(keep ? value : null);
      return value;
    } catch (error) {
      flight.settle(null);
      throw error;
    }
  }

  /** The first request for a question; others wait for it. Settles (null: not cacheable) at its response, or after a minute. */
  private startFlight(flightKey: string): Flight {
    let resolve!: (result: Kept | null) => void;
    const flight: Flight = {
      result: new Promise((r) => (resolve = r)),
      settle: (result) => {
        if (this.inFlight.get(flightKey) === flight) this.inFlight.delete(flightKey);
        clearTimeout(timer);
        resolve(result);
      },
    };
    const timer = setTimeout(() => flight.settle(null), 60_000);
    timer.unref();
    this.inFlight.set(flightKey, flight);
    return flight;
  }

  private currentVersion(): Promise<string> {
    return cacheVersion(this.dataSource);
  }

  private lookup(version: string, key: string): Entry | undefined {
    if (version !== this.version) return undefined;
    const entry = this.entries.get(key);
    if (entry) {
      // Least recently used goes first: move this one to the end.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  private store(version: string, key: string, result: Kept): void {
    if (version !== this.version) {
      // Versions only grow; an answer computed under an older one is not kept.
      if (this.version !== null && BigInt(version) < BigInt(this.version)) return;
      this.entries.clear();
      this.bytes = 0;
      this.version = version;
    }
    const json = Buffer.from(JSON.stringify(result), 'utf8');
    const bytes = key.length + json.length;
    if (bytes > this.maxBytes / 16) return;
    const previous = this.entries.get(key);
    if (previous) this.bytes -= previous.bytes;
    this.entries.delete(key);
    this.entries.set(key, { json, bytes });
    this.bytes += bytes;
    while (this.entries.size > MAX_ENTRIES || this.bytes > this.maxBytes) {
      const [oldest, entry] = this.entries.entries().next().value as [string, Entry];
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  /** How many answers are kept (for tests). */
  get size(): number {
    return this.entries.size;
  }
}

/** A request's identity: a digest of everything that can change its answer (the text can be kilobytes long). */
function requestKey(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64');
}

@Module({ providers: [AnonymousReadCache], exports: [AnonymousReadCache] })
export class AnonymousReadCacheModule {}
