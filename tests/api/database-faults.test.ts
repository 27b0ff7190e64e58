import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EmbeddedPostgres, ensureDatabase } from '#database';
import { freePort, startApiProcess, type ApiProcess } from '../support/api-process.js';

// A PostgreSQL of this file's own (never the shared test cluster): the test stops and starts it.
let dir: string;
let postgres: EmbeddedPostgres;
let api: ApiProcess;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'nlc-fault-pg-'));
  await fs.chmod(dir, 0o755);
  postgres = new EmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), disposable: true });
  await postgres.start();
  await ensureDatabase(postgres.url(), 'faults');
  api = await startApiProcess({ DATABASE_URL: postgres.url('faults'), DATABASE_CONNECT_TIMEOUT_MS: '1000', DATABASE_POOL_SIZE: '4' });
}, 90_000);
afterAll(async () => {
  if (api && api.child.exitCode === null) {
    api.child.kill('SIGTERM');
    await api.exited;
  }
  await postgres?.stop().catch(() => undefined);
  await fs.rm(dir, { recursive: true, force: true });
});

interface Outcome {
  ms: number;
  status: number;
  code: string;
  total?: number;
}

async function ask(): Promise<Outcome> {
  const started = Date.now();
  try {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ instruments(first: 3) { totalCount edges { node { title phases { code } } } } }' }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json()) as { data?: { instruments: { totalCount: number } }; errors?: { extensions?: { code?: string; retryAfter?: number } }[] };
    return { ms: Date.now() - started, status: response.status, code: body.errors?.[0]?.extensions?.code ?? 'OK', total: body.data?.instruments.totalCount };
  } catch (error) {
    return { ms: Date.now() - started, status: 0, code: `FETCH:${(error as Error).name}` };
  }
}

const ready = async () => (await fetch(`${api.origin}/health/ready`)).status;
const live = async () => (await fetch(`${api.origin}/health/live`)).status;

describe('when PostgreSQL goes away and comes back', () => {
  it('fails fast with SERVICE_UNAVAILABLE in between, answers correctly after, and never exits', async () => {
    const before = await ask();
    expect(before.code).toBe('OK');
    const expectedTotal = before.total!;
    expect(await ready()).toBe(200);

    // Requests keep coming while the database stops under them.
    const during: Outcome[] = [];
    let running = true;
    const load = (async () => {
      while (running) {
        const batch = await Promise.all([ask(), ask(), ask()]);
        during.push(...batch);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await postgres.stop();
    const down: Outcome[] = [];
    for (let i = 0; i < 10; i++) down.push(await ask());
    const readyWhileDown = await ready();
    const liveWhileDown = await live();
    running = false;
    await load;

    expect(api.child.exitCode).toBeNull();
    expect(down.map((o) => o.code)).toEqual(Array(10).fill('SERVICE_UNAVAILABLE'));
    expect(Math.max(...down.map((o) => o.ms))).toBeLessThan(2500);
    expect(readyWhileDown).toBe(503);
    expect(liveWhileDown).toBe(200);
    // Whatever happened to the requests in flight at the moment of the stop: a right answer or a clean error.
    for (const outcome of during) {
      expect(['OK', 'SERVICE_UNAVAILABLE']).toContain(outcome.code);
      if (outcome.code === 'OK') expect(outcome.total).toBe(expectedTotal);
    }

    await postgres.start();
    const after: Outcome[] = [];
    for (let i = 0; i < 10; i++) after.push(await ask());
    expect(after.map((o) => o.code)).toEqual(Array(10).fill('OK'));
    expect(after.map((o) => o.total)).toEqual(Array(10).fill(expectedTotal));
    expect(await ready()).toBe(200);
    expect(api.child.exitCode).toBeNull();

    console.log(
      `database fault: ${during.length} requests in flight around the stop (${during.filter((o) => o.code === 'OK').length} answered, ` +
        `${during.filter((o) => o.code !== 'OK').length} SERVICE_UNAVAILABLE); while down: slowest error ${Math.max(...down.map((o) => o.ms))} ms; ` +
        `after restart: ${after.filter((o) => o.code === 'OK').length}/10 correct`,
    );
  }, 60_000);
});
