/**
 * npm run bench [-- --quick] [--size N] [--reps N] [--duration S] [--warmup S] [--reuse] [--no-web]
 *                          [--only W1,W4] [--profile] [--generate-only] [--no-cache | --no-cold] [--plans-only]
 *
 * Generates a dataset into its own database, starts the production build of the API twice (read
 * cache off: cold; on: warm) and a bare node:http + pg baseline, writes the plans of the
 * catalogue's statements (plans.ts), measures W1–W11 with autocannon (interleaving cold app, warm
 * app and baseline, repeated), measures the web app's initial JavaScript and first result card,
 * and prints a Markdown table; the full results go to bench-results/ (git-ignored).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { BENCH_COUNT_SQL_ENV } from '../../apps/api/src/bench/statement-count.js';
import { ANONYMOUS_READ_CACHE_ENV } from '../../apps/api/src/graphql/anonymous-read-cache.js';
import { freePort } from '../support/api-process.js';
import { databaseExists, migrate, openBenchServer, recreateDatabase } from './database.js';
import { checkDataset, existingDataset, generateDataset, type DatasetInfo, type DatasetSize } from './generate.js';
import { measure, probe, type Asked, type LoadResult, type Probe } from './measure.js';
import { capturePlans } from './plans.js';
import { firstResultCard, initialJavaScript } from './web.js';
import { CATALOGUE_QUERY, CATALOGUE_VARIABLES, loadFixtures, workloads, type Budget, type Workload } from './workloads.js';

/** cold: the app with its anonymous read cache off (what a new question costs); warm: as it runs. */
type Mode = 'cold' | 'warm';

interface Options {
  quick: boolean;
  size: number;
  reps: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  reuse: boolean;
  web: boolean;
  only: Set<string> | null;
  profile: boolean;
  generateOnly: boolean;
  plansOnly: boolean;
  modes: Mode[];
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (name: string, fallback: number) => {
    const raw = value(name);
    const parsed = raw === undefined ? fallback : Number(raw.replace(/_/g, ''));
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} needs a positive number, got "${raw}"`);
    return parsed;
  };
  const quick = argv.includes('--quick');
  return {
    quick,
    size: number('size', quick ? 10_000 : 100_000),
    reps: number('reps', quick ? 1 : 3),
    seconds: number('duration', quick ? 3 : 10),
    warmupSeconds: number('warmup', quick ? 1 : 3),
    connections: number('connections', 10),
    reuse: argv.includes('--reuse'),
    web: !argv.includes('--no-web'),
    only: value('only') ? new Set(value('only')!.split(',')) : null,
    profile: argv.includes('--profile'),
    generateOnly: argv.includes('--generate-only'),
    plansOnly: argv.includes('--plans-only'),
    modes: argv.includes('--no-cache') ? ['cold'] : argv.includes('--no-cold') ? ['warm'] : ['cold', 'warm'],
  };
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

interface Server {
  name: string;
  origin: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The Node flags `npm start` gives the API (package.json `config.api_node_options`), so the bench runs it the same way. */
async function startFlags(): Promise<string[]> {
  const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { config?: { api_node_options?: string } };
  return (manifest.config?.api_node_options ?? '').split(/\s+/).filter(Boolean);
}

async function startServer(name: string, script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  let lastAnswer = 'none';
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) break;
      lastAnswer = `HTTP ${response.status}: ${(await response.text()).slice(0, 500)}`;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not answer within 120 s (last answer: ${lastAnswer}):\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    name,
    origin,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

async function post(origin: string, body: string): Promise<string> {
  const response = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return response.text();
}

interface WorkloadReport {
  id: string;
  title: string;
  note?: string;
  budget: Budget | null;
  connections: number;
  probe: Probe;
  baselineProbe?: Probe;
  cold: LoadResult[];
  warm: LoadResult[];
  baseline: LoadResult[];
}

/** Where the plans go: the committed file at the bench's full size, else beside the results. */
const plansFile = (instruments: number) =>
  instruments === 100_000 ? path.resolve('tests', 'bench', 'plans.md') : path.resolve('bench-results', `plans-${instruments}.md`);

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
const range = (values: number[], digits = 0) =>
  values.length > 1 ? ` (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})` : '';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = new Date();
  const loadBefore = os.loadavg();
  for (const file of ['dist/apps/api/src/main.js', 'dist/web/index.html']) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build (npm run bench does)`);
  }
  const size: DatasetSize = {
    instruments: options.size,
    members: Math.max(1000, Math.round(options.size / 10)),
    ratings: options.size * 10,
  };
  log(`Bench: ${size.instruments} instruments, ${size.members} members, ${size.ratings} ratings; ${options.reps}× ${options.seconds} s (+${options.warmupSeconds} s warm-up) at ${options.connections} connections`);

  const database = await openBenchServer(() => undefined);
  const servers: Server[] = [];
  try {
    let dataset: DatasetInfo | null = null;
    if (options.reuse && (await databaseExists(database.url))) {
      dataset = await existingDataset(database.url, size);
      if (dataset) {
        await migrate(database.url);
        log(`Reusing the dataset in ${database.where} (generated in ${dataset.seconds.toFixed(0)} s)`);
      }
    }
    if (!dataset) {
      log(`Generating into ${database.where}`);
      await recreateDatabase(database.url);
      dataset = await generateDataset(database.url, size, log);
      log(`Generated in ${dataset.seconds.toFixed(0)} s`);
    }
    await checkDataset(database.url);
    if (options.generateOnly) return;
    const fixtures = await loadFixtures(database.url, dataset.sessionSecret, dataset.members);

    const profileDir = path.resolve('bench-results', 'profiles');
    if (options.profile) await mkdir(profileDir, { recursive: true });
    const modes: Mode[] = options.plansOnly ? ['cold'] : options.modes;
    const apps: Partial<Record<Mode, Server>> = {};
    for (const mode of modes) {
      const app = await startServer(
        `API (${mode})`,
        'dist/apps/api/src/main.js',
        {
          NODE_ENV: 'production',
          UNSUBSCRIBE_SECRET: 'bench-only unsubscribe secret',
          DATABASE_URL: database.url,
          SEED_EXAMPLE_DATA: 'false',
          OUTBOX_INTERVAL_MS: '0',
          [BENCH_COUNT_SQL_ENV]: '1',
          [ANONYMOUS_READ_CACHE_ENV]: mode === 'warm' ? 'true' : 'false',
          // Node flags for the API alone (e.g. heap sizes), without touching the runner or the build.
          ...(process.env.BENCH_API_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS } : {}),
        },
        [...(await startFlags()), ...(options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
      );
      servers.push(app);
      apps[mode] = app;
    }
    // Probes, plans and the baseline check use the cold app when there is one (the SQL always runs there).
    const app = (apps.cold ?? apps.warm)!;

    const plans = await capturePlans(app.origin, database.url, fixtures, dataset.instruments);
    const plansPath = plansFile(dataset.instruments);
    await mkdir(path.dirname(plansPath), { recursive: true });
    await writeFile(plansPath, `${plans}\n`);
    log(`Plans: ${path.relative(process.cwd(), plansPath)}`);
    if (options.plansOnly) return;

    const baseline = await startServer('baseline', 'dist/tests/bench/baseline-server.js', { DATABASE_URL: database.url });
    servers.push(baseline);

    // Each server gets its own workloads (W11's stream starts at its beginning on each) and its own
    // record of what it was asked, which is what its read cache can know.
    const selected = (list: Workload[]) => list.filter((w) => !options.only || options.only.has(w.id) || options.only.has(w.id.split('.')[0]));
    const sets: Record<Mode | 'baseline', Workload[]> = {
      cold: selected(await workloads(fixtures)),
      warm: selected(await workloads(fixtures)),
      baseline: selected(await workloads(fixtures)),
    };
    const asked: Record<Mode | 'baseline', Asked> = { cold: { bodies: new Set() }, warm: { bodies: new Set() }, baseline: { bodies: new Set() } };
    const all = sets[apps.cold ? 'cold' : 'warm'];

    // The baseline must answer exactly what the app answers, or the comparison means nothing.
    for (const id of ['W1', 'W2', 'W3', 'W4']) {
      const body = JSON.stringify({ query: CATALOGUE_QUERY, variables: CATALOGUE_VARIABLES[id] });
      const [a, b] = await Promise.all([post(app.origin, body), post(baseline.origin, body)]);
      if (JSON.stringify(JSON.parse(a)) !== JSON.stringify(JSON.parse(b))) {
        throw new Error(`${id}: the baseline's answer differs from the app's:\napp:      ${a.slice(0, 400)}\nbaseline: ${b.slice(0, 400)}`);
      }
    }
    log('Baseline answers equal the app for W1–W4');

    const reports: WorkloadReport[] = [];
    const probes = 5;
    for (const workload of all) {
      const t = Date.now();
      const report: WorkloadReport = {
        id: workload.id,
        title: workload.title,
        budget: workload.budget,
        connections: workload.connections ?? options.connections,
        probe: await probe(app.origin, workload, probes),
        cold: [],
        warm: [],
        baseline: [],
      };
      if (workload.baseline) report.baselineProbe = await probe(baseline.origin, sets.baseline.find((w) => w.id === workload.id)!, probes);
      reports.push(report);
      log(`probe ${workload.id}: ${report.probe.statementsPerRequest} statements, ${report.probe.responseBytes} bytes, ${Date.now() - t} ms`);
    }
    const w1 = all.find((w) => w.id === 'W1') ?? (await workloads(fixtures))[0];
    const pageSizes: Record<string, number> = {};
    for (const first of [1, 10, 100]) {
      const body = JSON.stringify({ query: CATALOGUE_QUERY, variables: { first } });
      const sized: Workload = { ...w1, check: () => undefined };
      pageSizes[`first=${first}`] = (await probe(app.origin, sized, 10, () => body)).statementsPerRequest;
    }
    log(`Statements per W1 request by page size: ${JSON.stringify(pageSizes)}`);

    // Requests autocannon gave up on still run in PostgreSQL; the next measurement starts when they are done.
    const drain = async () => {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const deadline = Date.now() + 120_000;
        while (Date.now() < deadline) {
          const { rows } = await client.query<{ busy: number }>(
            `SELECT count(*)::int AS busy FROM pg_stat_activity
             WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
          );
          if (rows[0].busy === 0) return;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        log('  (queries of the previous workload still running after 120 s)');
      } finally {
        await client.end();
      }
    };

    // Interleaved: each workload on the cold app, the warm app and (W1–W4) the baseline, then the next; all repeated.
    for (let rep = 1; rep <= options.reps; rep++) {
      for (const report of reports) {
        const parts: string[] = [];
        const targets: [Mode | 'baseline', Server | undefined][] = [['cold', apps.cold], ['warm', apps.warm], ['baseline', baseline]];
        for (const [target, server] of targets) {
          const workload = sets[target].find((w) => w.id === report.id)!;
          // Signed-in workloads are the same on both apps: measured once, on the cold one when it runs.
          if (!server || (target === 'warm' && !workload.cacheable && apps.cold) || (target === 'baseline' && !workload.baseline)) continue;
          await drain();
          const result = await measure(server.origin, workload, {
            connections: report.connections,
            seconds: options.seconds,
            warmupSeconds: options.warmupSeconds,
            pid: server.process.pid!,
            asked: asked[target],
          });
          report[target].push(result);
          let part = `${target} ${result.requestsPerSecond.toFixed(0)} req/s p95 ${result.p95.toFixed(1)} ms`;
          if (target === 'warm') part += ` (${(result.askedBefore * 100).toFixed(0)} % asked before)`;
          if (result.failures) part += ` ${result.failures} FAILED`;
          parts.push(part);
        }
        log(`rep ${rep} ${report.id}: ${parts.join('; ')}`);
      }
    }

    const noted: Mode = apps.warm ? 'warm' : 'cold';
    for (const report of reports) {
      const note = sets[noted].find((w) => w.id === report.id)?.note?.();
      if (note) report.note = `${note} (${noted} app, warm-ups and repetitions included)`;
    }

    let web: { initialJs: Awaited<ReturnType<typeof initialJavaScript>>; firstCardMs: number[] } | null = null;
    if (options.web) {
      web = { initialJs: await initialJavaScript(), firstCardMs: await firstResultCard((apps.warm ?? app).origin, 5) };
      log(`Web: initial JS ${(web.initialJs.gzipBytes / 1000).toFixed(1)} kB gzip; first card ${web.firstCardMs.map((t) => t.toFixed(0)).join(', ')} ms`);
    }
    const rssPeak = Math.max(0, ...reports.flatMap((r) => [...r.cold, ...r.warm].map((x) => x.rssPeakMb ?? 0)));

    for (const server of servers.splice(0)) await server.stop();

    const machine = {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 1e9),
      node: process.version,
      apiNodeFlags: (await startFlags()).join(' '),
      loadAverageBefore: loadBefore,
      loadAverageAfter: os.loadavg(),
    };
    const markdown = renderTable(reports, { options, dataset, machine, started, pageSizes, web, rssPeak });
    process.stdout.write(`${markdown}\n`);
    const outDir = path.resolve('bench-results');
    await mkdir(outDir, { recursive: true });
    const file = path.join(outDir, `bench-${options.quick ? 'quick-' : ''}${started.toISOString().replace(/[:.]/g, '-')}.json`);
    await writeFile(
      file,
      JSON.stringify({ started, options: { ...options, only: options.only && [...options.only] }, plans: path.relative(process.cwd(), plansPath), dataset: { ...dataset, sessionSecret: undefined }, machine, database: database.where, pageSizes, web, rssPeakMb: rssPeak, workloads: reports }, null, 2),
    );
    log(`Results: ${path.relative(process.cwd(), file)}`);
  } finally {
    for (const server of servers) await server.stop();
    await database.stop();
  }
}

function renderTable(
  reports: WorkloadReport[],
  context: {
    options: Options;
    dataset: DatasetInfo;
    machine: { cores: number; cpu: string; node: string; apiNodeFlags: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
    started: Date;
    pageSizes: Record<string, number>;
    web: { initialJs: { gzipBytes: number }; firstCardMs: number[] } | null;
    rssPeak: number;
  },
): string {
  const { options, dataset, machine, started } = context;
  const lines = [
    `### Bench ${started.toISOString()} — ${dataset.instruments.toLocaleString('en')} instruments, ${dataset.members.toLocaleString('en')} members, ${dataset.ratings.toLocaleString('en')} ratings`,
    '',
    `${machine.cores} cores (${machine.cpu}), Node ${machine.node}; load average ${machine.loadAverageBefore.map((l) => l.toFixed(1)).join(' ')} before, ${machine.loadAverageAfter.map((l) => l.toFixed(1)).join(' ')} after. ` +
      `${options.connections} connections (W11.1: 1), ${options.reps}× ${options.seconds} s after ${options.warmupSeconds} s warm-up each, cold app, warm app and baseline interleaved; medians (range over repetitions). ` +
      `Cold: the API with its anonymous read cache off (${ANONYMOUS_READ_CACHE_ENV}=false); warm: cache on${options.modes.length < 2 ? ` (this run: ${options.modes[0]} only)` : ''}. ` +
      `API started as \`npm start\` does: \`node ${machine.apiNodeFlags}\`${process.env.BENCH_API_NODE_OPTIONS ? ` (NODE_OPTIONS ${process.env.BENCH_API_NODE_OPTIONS})` : ''}.`,
    '',
    '| | workload | cold req/s | cold p50 | cold p95 | cold p99 | warm req/s | warm p95 | warm p99 | asked before | SQL/req | bytes | RSS MB | baseline req/s | cold ÷ baseline | budget |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  const w1 = reports.find((r) => r.id === 'W1');
  const stat = (results: LoadResult[], pick: (x: LoadResult) => number) => (results.length ? median(results.map(pick)) : null);
  for (const r of reports) {
    const coldRps = r.cold.map((x) => x.requestsPerSecond);
    const warmRps = r.warm.map((x) => x.requestsPerSecond);
    const baseRps = r.baseline.map((x) => x.requestsPerSecond);
    // The baseline has no cache: it is compared with the cold app (the warm one when only that ran).
    const compared = r.cold.length ? r.cold : r.warm;
    const ratios = r.baseline
      .map((b, i) => (b.requestsPerSecond > 0 && compared[i] ? compared[i].requestsPerSecond / b.requestsPerSecond : null))
      .filter((ratio): ratio is number => ratio !== null);
    const verdicts: string[] = [];
    if (r.budget) {
      const judged = r[r.budget.on];
      if (!judged.length) verdicts.push(`${r.budget.on} not measured`);
      else {
        const { p95, p99, rps } = r.budget;
        const on = r.budget.on;
        if (p95 !== undefined) {
          const v = stat(judged, (x) => x.p95)!;
          verdicts.push(v <= p95 ? `${on} p95 ≤ ${p95} ✓` : `${on} p95 ${fmt(v)} > ${p95} ✗`);
        }
        if (p99 !== undefined) {
          const v = stat(judged, (x) => x.p99)!;
          verdicts.push(v <= p99 ? `${on} p99 ≤ ${p99} ✓` : `${on} p99 ${fmt(v)} > ${p99} ✗`);
        }
        if (rps !== undefined) {
          const v = stat(judged, (x) => x.requestsPerSecond)!;
          verdicts.push(v >= rps ? `≥ ${rps} req/s ✓` : `${v.toFixed(0)} < ${rps} req/s ✗`);
        }
      }
    }
    if (ratios.length) verdicts.push(median(ratios) >= 0.5 ? 'ratio ≥ 0.5 ✓' : `ratio ${median(ratios).toFixed(2)} < 0.5 ✗`);
    else if (baseRps.length) verdicts.push('baseline completed no request in the window; ratio ≥ 0.5 ✓');
    if (r.id === 'W6' && w1 && r.cold.length && w1.cold.length) {
      const w1p95 = median(w1.cold.map((x) => x.p95));
      const p95 = median(r.cold.map((x) => x.p95));
      verdicts.push(p95 <= w1p95 * 1.1 ? `vs W1 cold p95 ${fmt(w1p95)} ✓` : `slower than W1 (cold p95 ${fmt(w1p95)}) ✗`);
    }
    const failures = [...r.cold, ...r.warm].reduce((sum, x) => sum + x.failures, 0);
    const graphqlErrors = [...r.cold, ...r.warm].reduce((sum, x) => sum + x.graphqlErrors, 0);
    if (failures) verdicts.push(`${failures} failed requests${graphqlErrors ? ` (${graphqlErrors} with GraphQL errors)` : ''}`);
    const rss = [...r.cold, ...r.warm].length ? Math.max(...[...r.cold, ...r.warm].map((x) => x.rssPeakMb ?? 0)) : null;
    const askedBefore = stat(r.warm, (x) => x.askedBefore * 100);
    lines.push(
      `| ${r.id} | ${r.title} | ${coldRps.length ? `${median(coldRps).toFixed(0)}${range(coldRps)}` : '–'} | ${fmt(stat(r.cold, (x) => x.p50))} | ` +
        `${fmt(stat(r.cold, (x) => x.p95))}${range(r.cold.map((x) => x.p95), 1)} | ${fmt(stat(r.cold, (x) => x.p99))} | ` +
        `${warmRps.length ? `${median(warmRps).toFixed(0)}${range(warmRps)}` : r.cold.length && !r.warm.length && options.modes.includes('warm') ? 'never cached' : '–'} | ` +
        `${fmt(stat(r.warm, (x) => x.p95))}${range(r.warm.map((x) => x.p95), 1)} | ${fmt(stat(r.warm, (x) => x.p99))} | ${askedBefore === null ? '' : `${askedBefore.toFixed(0)} %`} | ` +
        `${fmt(r.probe.statementsPerRequest, 1)}${r.baselineProbe ? ` (${fmt(r.baselineProbe.statementsPerRequest, 1)})` : ''} | ${r.probe.responseBytes} | ${fmt(rss, 0)} | ` +
        `${baseRps.length ? `${median(baseRps).toFixed(0)}${range(baseRps)}` : ''} | ${ratios.length ? `${median(ratios).toFixed(2)}${range(ratios, 2)}` : ''} | ${verdicts.join('; ')} |`,
    );
  }
  lines.push(
    '',
    'Budgets are judged on the cold figures, and for W11 on the warm app (it runs with its cache). ' +
      'asked before: share of the warm app\'s requests whose body it had been sent before (counted by the bench, warm-up and earlier repetitions included; ' +
      'an upper bound of the cache\'s hit ratio, as the cache keeps at most 2,000 answers and a write empties it). ' +
      'SQL/req: statements per request that the anonymous read cache does not answer (baseline in brackets; a cached answer costs 1); ' +
      'bytes: response body (median of five probes); RSS: highest API resident memory during the load.',
  );
  const sizes = Object.values(context.pageSizes);
  lines.push(
    '',
    ...reports.filter((r) => r.note).map((r) => `- ${r.id}: ${r.note}.`),
    `- SQL statements per W1 request by page size: ${Object.entries(context.pageSizes).map(([k, v]) => `${k}: ${v}`).join(', ')} — ${new Set(sizes).size === 1 ? 'constant ✓' : 'grows ✗'}`,
    `- API RSS under load: peak ${context.rssPeak.toFixed(0)} MB — ${context.rssPeak <= 300 ? '≤ 300 MB ✓' : '> 300 MB ✗'}`,
  );
  if (context.web) {
    const kb = context.web.initialJs.gzipBytes / 1000;
    const card = median(context.web.firstCardMs);
    lines.push(
      `- Initial JavaScript of the catalogue route: ${kb.toFixed(1)} kB gzip — ${kb <= 150 ? '≤ 150 kB ✓' : '> 150 kB ✗'}`,
      `- First result card in headless Chromium: median ${card.toFixed(0)} ms of ${context.web.firstCardMs.map((t) => t.toFixed(0)).join(', ')} — ${card <= 1000 ? '≤ 1 s ✓' : '> 1 s ✗'}`,
    );
  }
  lines.push(`- Dataset generated in ${dataset.seconds.toFixed(0)} s.`);
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
