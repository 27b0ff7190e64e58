import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { EmbeddedPostgres, ensureDatabase } from '#database';
import { databaseFault } from '../../apps/api/src/graphql/format-error.js';
import { freePort, startApiProcess, until, type ApiProcess } from '../support/api-process.js';
import { csvFile, row } from '../support/exchange.js';

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
    await until('the first requests are answered', () => during.length > 0);
    await postgres.stop();
    const down: Outcome[] = [];
    for (let i = 0; i < 10; i++) down.push(await ask());
    const readyWhileDown = await ready();
    const liveWhileDown = await live();
    running = false;
    await load;

    expect(api.child.exitCode).toBeNull();
    expect(down.map((o) => o.code)).toEqual(Array(10).fill('SERVICE_UNAVAILABLE'));
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

describe('when PostgreSQL goes away in the middle of a write transaction', () => {
  it('answers SERVICE_UNAVAILABLE with a non-500 status, on GraphQL and on the import and export routes', async () => {
    const password = 'een lange wachtzin voor de fouttest';
    await promisify(execFile)(process.execPath, [path.resolve('dist/apps/api/src/cli/create-user.js'), '--email', 'curator-faults@example.org', '--role', 'CURATOR'], {
      env: { ...process.env, DATABASE_URL: postgres.url('faults'), NLC_USER_PASSWORD: password, LOG_LEVEL: 'error' },
    });
    const post = (body: unknown, cookie?: string) =>
      fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
    const signIn = await post({ query: 'mutation ($i: SignInInput!) { signIn(input: $i) { id } }', variables: { i: { email: 'curator-faults@example.org', password } } });
    const cookie = signIn.headers.getSetCookie()[0].split(';')[0];
    const listed = (await (await post({ query: '{ instruments(first: 1, filter: { statuses: [IDEA] }) { edges { node { id } } } }' }, cookie)).json()) as {
      data: { instruments: { edges: { node: { id: string } }[] } };
    };
    const id = listed.data.instruments.edges[0].node.id;

    // Two writes stop halfway, each inside its transaction: a status change waits for a table, the import for its lock.
    const holder = new pg.Client({ connectionString: postgres.url('faults') });
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE instrument_status_changes IN ACCESS EXCLUSIVE MODE');
    await holder.query(`SELECT pg_advisory_xact_lock(hashtext('nlc:instrument-import'))`);
    const mutation = post(
      { query: 'mutation ($i: ChangeInstrumentStatusInput!) { changeInstrumentStatus(input: $i) { id } }', variables: { i: { id, status: 'IN_DESIGN' } } },
      cookie,
    ).then(async (r) => ({ status: r.status, body: (await r.json()) as { errors?: { extensions?: { code?: string } }[] } }));
    const imported = fetch(`${api.origin}/api/import/instruments`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/csv' },
      body: csvFile([row('fout-tijdens-import')]),
    }).then(async (r) => ({ status: r.status, retryAfter: r.headers.get('retry-after'), body: (await r.json()) as { code?: string } }));
    // Outside a transaction: inside one, pg_stat_activity keeps showing its first snapshot.
    const watcher = new pg.Client({ connectionString: postgres.url('faults') });
    watcher.on('error', () => undefined);
    await watcher.connect();
    await until('both writes wait inside their transactions', async () => {
      const { rows } = await watcher.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`);
      return (rows[0] as { n: number }).n >= 2;
    });
    await postgres.stop();

    const [mutated, upload] = await Promise.all([mutation, imported]);
    const exportWhileDown = await fetch(`${api.origin}/export/instruments.json`);
    const exportBody = (await exportWhileDown.json()) as { code?: string };
    await holder.end().catch(() => undefined);
    await watcher.end().catch(() => undefined);
    await postgres.start();

    if ([mutated.status, upload.status, exportWhileDown.status].includes(500)) {
      // What the app logged tells which error slipped past the database-fault mapping.
      console.log(`the app answered 500; its errors:\n${api.output.filter((line) => /ERROR/.test(line)).join('\n')}`);
    }
    expect(mutated.status).toBeLessThan(500);
    expect(mutated.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(upload).toEqual({ status: 503, retryAfter: '5', body: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }) });
    expect({ status: exportWhileDown.status, code: exportBody.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(api.child.exitCode).toBeNull();
    // Nothing of either write was kept.
    const check = new pg.Client({ connectionString: postgres.url('faults') });
    await check.connect();
    const { rows } = await check.query(`SELECT (SELECT status::text FROM instruments WHERE id = $1) AS status, (SELECT count(*)::int FROM instruments WHERE slug = 'fout-tijdens-import') AS imported`, [id]);
    await check.end();
    expect(rows[0]).toEqual({ status: 'IDEA', imported: 0 });
  }, 60_000);
});

describe('a transaction whose connection broke between two statements', () => {
  // The race CI met: the stop ended the lock holder first, the waiting statement then succeeded,
  // its own connection's error event released TypeORM's runner, and the next statement was refused.
  it('is a database fault (SERVICE_UNAVAILABLE), not an unexpected error', async () => {
    const dataSource = await new DataSource({ type: 'postgres', url: postgres.url('faults') }).initialize();
    const killer = new pg.Client({ connectionString: postgres.url('faults') });
    await killer.connect();
    try {
      const outcome = await dataSource
        .transaction(async (em) => {
          const [{ pid }] = (await em.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
          await killer.query('SELECT pg_terminate_backend($1)', [pid]);
          await until('the runner is released by its connection error', () => em.queryRunner?.isReleased === true);
          await em.query('SELECT 1');
        })
        .then(
          () => 'committed',
          (error: unknown) => error,
        );
      expect((outcome as Error).name).toBe('QueryRunnerProviderAlreadyReleasedError');
      expect(databaseFault(outcome)?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await killer.end();
      await dataSource.destroy();
    }
  });
});
