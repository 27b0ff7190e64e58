import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { EmbeddedPostgres, dataSourceOptions, withDatabase } from '#database';
import { freePort } from '../support/api-process.js';

export const BENCH_DATABASE = 'nlc_bench';

export interface BenchDatabase {
  /** URL of the bench database (which may not exist yet). */
  url: string;
  /** Where it lives, for the report. */
  where: string;
  stop(): Promise<void>;
}

/**
 * The database `nlc_bench` on DATABASE_URL's server, or, without DATABASE_URL, on the bench's
 * own embedded PostgreSQL in the system temp folder (kept between runs so `--reuse` can skip
 * generation; durable settings, because the rating workload measures writes).
 */
export async function openBenchServer(log: (line: string) => void): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    return { url: withDatabase(external, BENCH_DATABASE), where: `database ${BENCH_DATABASE} on DATABASE_URL's server`, stop: async () => undefined };
  }
  const dataDir = path.join(os.tmpdir(), 'nlc-bench-postgres');
  const server = new EmbeddedPostgres({ dataDir, port: await freePort(), log });
  await server.start();
  return {
    url: server.url(BENCH_DATABASE),
    where: `embedded PostgreSQL 15 in ${dataDir}`,
    stop: () => server.stop(),
  };
}

/** Drops and recreates the bench database, then applies every migration. */
export async function recreateDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  } finally {
    await admin.end();
  }
  await migrate(url);
}

export async function databaseExists(url: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [BENCH_DATABASE]);
    return !!rowCount;
  } finally {
    await admin.end();
  }
}

/** Applies migrations that landed after the dataset was generated (a reused database). */
export async function migrate(url: string): Promise<void> {
  // Like the app's own migrations: no statement timeout (filling a new table may take minutes at 100k).
  const migrator = new DataSource(dataSourceOptions(url, [], { pool: { statementTimeoutMs: 0 } }));
  await migrator.initialize();
  try {
    await migrator.runMigrations({ transaction: 'each' });
  } finally {
    await migrator.destroy();
  }
}
