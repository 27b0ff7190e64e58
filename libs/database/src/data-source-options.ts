import type { DataSourceOptions, Logger, MixedList } from 'typeorm';
import { migrations } from '../../../migrations/index.js';

type EntityList = MixedList<string | (abstract new (...args: never[]) => unknown)>;

/** The one DataSource definition, used by the app, the CLI scripts, the tests and the benchmark. */
/** Pool limits; unset values fall back to DATABASE_POOL_SIZE and the defaults below. */
export interface PoolSettings {
  size?: number;
  /** How long to wait for a new connection before failing (PostgreSQL down or overloaded). */
  connectTimeoutMs?: number;
  /** PostgreSQL cancels any statement that runs longer; 0 turns it off (migrations). */
  statementTimeoutMs?: number;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 3000;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

export function dataSourceOptions(
  url: string,
  entities: EntityList = [],
  extra: { logger?: Logger; pool?: PoolSettings } = {},
): DataSourceOptions {
  const pool = extra.pool ?? {};
  const statementTimeout = pool.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  return {
    ...(extra.logger ? { logger: extra.logger } : {}),
    type: 'postgres',
    url,
    entities: entities as DataSourceOptions['entities'],
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: {
      max: pool.size ?? Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // Fail fast when PostgreSQL is gone instead of queueing requests forever.
      connectionTimeoutMillis: pool.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      // A client-side bound too, for a server that stops answering without closing the socket.
      ...(statementTimeout > 0 ? { query_timeout: statementTimeout + 5000 } : {}),
      application_name: 'nlc-instrumenten',
      options:
        `-c statement_timeout=${statementTimeout}` +
        ` -c idle_in_transaction_session_timeout=${Math.max(statementTimeout, 60_000)}`,
    },
  };
}
