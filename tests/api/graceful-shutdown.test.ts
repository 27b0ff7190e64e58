import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { freePort, startApiProcess, until, type ApiProcess } from '../support/api-process.js';

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

interface Answer {
  status: number;
  total?: number;
  code?: string;
  /** The response's Connection header. */
  connection?: string;
  /** The socket error instead of an answer (ECONNRESET, socket hang up…). */
  error?: string;
}

/**
 * A request over `agent` (keep-alive: it reuses the open connections); `first` differs per
 * request, so no answer comes from the anonymous read cache (it would not wait for the lock).
 */
function ask(url: string, agent: http.Agent, first = 2): Promise<Answer> {
  const body = JSON.stringify({ query: QUERY, variables: { first } });
  return new Promise((resolve) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, timeout: 20_000 }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        const parsed = JSON.parse(text) as { data?: { instruments: { totalCount: number } }; errors?: { extensions?: { code?: string } }[] };
        resolve({
          status: response.statusCode ?? 0,
          total: parsed.data?.instruments.totalCount,
          code: parsed.errors?.[0]?.extensions?.code,
          connection: response.headers.connection,
        });
      });
      response.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, error: error.code ?? error.message }));
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, error: error.code ?? error.message }));
    request.end(body);
  });
}

describe('SIGTERM under load', () => {
  it('finishes the requests in flight, answers new ones on open keep-alive connections with 503 (never a reset), stops the embedded PostgreSQL and exits 0', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'nlc-shutdown-'));
    await fs.chmod(dir, 0o755);
    const pgPort = await freePort();
    api = await startApiProcess({ EMBEDDED_POSTGRES_DIR: path.join(dir, 'pg'), EMBEDDED_POSTGRES_PORT: String(pgPort), SHUTDOWN_TIMEOUT_MS: '10000' });
    const { url } = api;
    // Eight keep-alive connections, opened by eight requests at once and then idle.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const warm = await Promise.all(Array.from({ length: 8 }, (_, i) => ask(url, agent, 20 + i)));
    const total = warm[0].total;
    expect(total).toBeGreaterThan(0);
    expect(warm.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(Object.values(agent.freeSockets).flat()).toHaveLength(8);

    // Hold the catalogue with a lock, so that five requests stay in flight until it is released.
    const holder = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/nlc_instrumenten` });
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE instruments IN ACCESS EXCLUSIVE MODE');
    // Outside a transaction: inside one, pg_stat_activity keeps showing its first snapshot.
    const watcher = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/nlc_instrumenten` });
    watcher.on('error', () => undefined);
    await watcher.connect();
    const waitingOnLock = async () =>
      ((await watcher.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()`)).rows[0] as { n: number }).n;
    const inFlight = Array.from({ length: 5 }, (_, i) => ask(url, agent, 3 + i));
    // Each request reads the page and its count at once: up to ten statements wait.
    await until('the five requests wait for the lock', async () => (await waitingOnLock()) >= 5);

    api.child.kill('SIGTERM');
    await api.waitFor(/SIGTERM: stopping/);
    // Right after the signal, on the three connections still open and idle.
    const late = await Promise.all([ask(url, agent, 10), ask(url, agent, 11), ask(url, agent, 12)]);
    expect(late).toEqual(Array(3).fill({ status: 503, total: undefined, code: 'SERVICE_UNAVAILABLE', connection: 'close' }));
    // The process waits for the five: they still wait for the lock, and it has not exited.
    expect(await waitingOnLock()).toBeGreaterThanOrEqual(5);
    expect(api.child.exitCode).toBeNull();

    await watcher.end();
    await holder.query('COMMIT');
    await holder.end();
    const answers = await Promise.all(inFlight);
    expect(answers).toEqual(Array(5).fill({ status: 200, total, code: undefined, connection: 'close' }));

    const code = await api.exited;
    agent.destroy();
    console.log(`shutdown: 5 in flight answered ${answers.filter((a) => a.status === 200).length}/5; 3 requests after SIGTERM on open connections got ${late.map((a) => a.status || a.error).join(', ')}; exit code ${code}`);
    expect(code).toBe(0);
    expect(api.output.some((line) => /Stopped/.test(line))).toBe(true);
    // The embedded PostgreSQL is gone with it.
    const probe = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${pgPort}/postgres`, connectionTimeoutMillis: 2000 });
    await expect(probe.connect()).rejects.toThrow();
  }, 120_000);
});
