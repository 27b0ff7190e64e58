import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { freePort, startApiProcess, type ApiProcess } from '../support/api-process.js';

let dir: string | undefined;
let api: ApiProcess | undefined;

afterAll(async () => {
  if (api && api.child.exitCode === null) {
    api.child.kill('SIGKILL');
    await api.exited;
  }
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

const QUERY = 'query ($first: Int) { instruments(first: $first) { totalCount edges { node { slug } } } }';

/** `first` differs per request, so no answer comes from the anonymous read cache (it would not wait for the lock). */
async function ask(url: string, first = 2): Promise<{ status: number; total?: number; code?: string; error?: string }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { first } }),
      signal: AbortSignal.timeout(20_000),
    });
    const body = (await response.json()) as { data?: { instruments: { totalCount: number } }; errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, total: body.data?.instruments.totalCount, code: body.errors?.[0]?.extensions?.code };
  } catch (error) {
    return { status: 0, error: String((error as Error).cause ?? error) };
  }
}

describe('SIGTERM under load', () => {
  it('finishes the requests in flight, refuses new ones, stops the embedded PostgreSQL and exits 0', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'nlc-shutdown-'));
    await fs.chmod(dir, 0o755);
    const pgPort = await freePort();
    api = await startApiProcess({ EMBEDDED_POSTGRES_DIR: path.join(dir, 'pg'), EMBEDDED_POSTGRES_PORT: String(pgPort), SHUTDOWN_TIMEOUT_MS: '10000' });
    const { url } = api;
    const total = (await ask(url)).total;
    expect(total).toBeGreaterThan(0);

    // Hold the catalogue with a lock, so the next requests stay in flight until it is released.
    const holder = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/nlc_instrumenten` });
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE instruments IN ACCESS EXCLUSIVE MODE');
    const inFlight = Array.from({ length: 5 }, (_, i) => ask(url, 3 + i));
    await new Promise((resolve) => setTimeout(resolve, 500));

    api.child.kill('SIGTERM');
    await api.waitFor(/SIGTERM: stopping/);
    const late = await ask(url, 10);
    expect(late.status === 503 || late.status === 0).toBe(true);
    if (late.status === 503) expect(late.code).toBe('SERVICE_UNAVAILABLE');
    expect(api.child.exitCode).toBeNull();

    await new Promise((resolve) => setTimeout(resolve, 500));
    await holder.query('COMMIT');
    await holder.end();
    const answers = await Promise.all(inFlight);
    expect(answers).toEqual(Array(5).fill({ status: 200, total, code: undefined }));

    const code = await api.exited;
    console.log(`shutdown: 5 in flight answered ${answers.filter((a) => a.status === 200).length}/5; a request after SIGTERM got ${late.status || late.error}; exit code ${code}`);
    expect(code).toBe(0);
    expect(api.output.some((line) => /Stopped/.test(line))).toBe(true);
    // The embedded PostgreSQL is gone with it.
    const probe = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/postgres`, connectionTimeoutMillis: 2000 });
    await expect(probe.connect()).rejects.toThrow();
  }, 120_000);
});
