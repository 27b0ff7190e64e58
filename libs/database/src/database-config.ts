import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { EmbeddedPostgres } from './embedded-postgres.js';

export const EMBEDDED_DATABASE_NAME = 'nlc_instrumenten';

export interface DatabaseHandle {
  url: string;
  /** True when this process started (and so must stop) an embedded PostgreSQL. */
  embedded: boolean;
  /** Example data may only be loaded automatically, and demo accounts made, on an embedded database. */
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise an embedded PostgreSQL in a git-ignored folder of the
 * project (or, when the postgres user cannot reach that folder, in the system temp folder).
 */
export async function openDatabase(log: (line: string) => void = console.log): Promise<DatabaseHandle> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => undefined };

  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  const preferred = process.env.EMBEDDED_POSTGRES_DIR ?? path.resolve('.data', 'postgres');
  let server = new EmbeddedPostgres({ dataDir: preferred, port, log });
  try {
    await server.start();
  } catch (error) {
    if (process.env.EMBEDDED_POSTGRES_DIR || !/cannot enter/.test(String(error))) throw error;
    const hash = createHash('sha1').update(path.resolve('.')).digest('hex').slice(0, 10);
    const fallback = path.join(os.tmpdir(), `nlc-instrumenten-${hash}`, 'postgres');
    log(`${String((error as Error).message)}\nUsing ${fallback} instead.`);
    server = new EmbeddedPostgres({ dataDir: fallback, port, log });
    await server.start();
  }
  await ensureDatabase(server.url(), EMBEDDED_DATABASE_NAME);
  return { url: server.url(EMBEDDED_DATABASE_NAME), embedded: true, stop: () => server.stop() };
}

export async function ensureDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
    }
  } finally {
    await client.end();
  }
}

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
