/**
 * Lighthouse on the public pages (issue #24's budgets): the production build (the API serving
 * dist/web, NODE_ENV=production) on a disposable embedded PostgreSQL with the example data, and
 * Lighthouse's default mobile preset (simulated 4G, 4x slower CPU) run RUNS times per page in the
 * machine's npm Chromium (tests/support/chromium.ts). Prints the medians as a markdown table and
 * writes every run to test-results/lighthouse[-label].json. A measurement, not a test: nothing fails on a
 * budget. `npm run bench:pages` builds first; `-- --runs 5`, `-- --label after` or `-- --web-dir <build>` change it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { startApiProcess } from '../support/api-process.js';
import { chromiumLaunch } from '../support/chromium.js';

/** An example instrument with one of the longest descriptions (libs/database/src/seed/example-data.ts). */
const LONG_INSTRUMENT = 'formatieve-evaluatie-van-je-learning-community';
const PAGES = [
  { name: 'catalogue', path: '/' },
  { name: 'instrument', path: `/instrumenten/${LONG_INSTRUMENT}` },
  { name: 'overview', path: '/overzicht' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = { fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift' } as const;

type Category = (typeof CATEGORIES)[number];
type Metric = keyof typeof METRICS;
interface Run {
  scores: Record<Category, number>;
  metrics: Record<Metric, number>;
  /** The audits that did not pass in the categories other than performance: what keeps them under 100. */
  failing: string[];
  /** FCP and LCP as the unthrottled page load showed them, from which the simulation starts (ms). */
  observed: { fcp: number; lcp: number };
  /** Every request with the priority Chromium gave it: the simulation counts VeryHigh (and High scripts) as render-blocking. */
  requests: { url: string; resourceType?: string; priority?: string; start: number; end: number; kB: number }[];
}

const { values: options } = parseArgs({
  // --web-dir: another build of the web app for the API to serve (WEB_DIST_DIR), e.g. an older commit's, to compare under the same load.
  // --save-lhr: also write each page's last full Lighthouse report (test-results/lighthouse[-label]-<page>.lhr.json).
  options: { runs: { type: 'string', default: '3' }, label: { type: 'string', default: '' }, 'web-dir': { type: 'string' }, 'save-lhr': { type: 'boolean', default: false } },
});
const RUNS = Number(options.runs);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Chromium with a DevTools port for Lighthouse; the port comes from its "DevTools listening" line. */
async function startChromium(): Promise<{ port: number; child: ChildProcess; profile: string }> {
  const { executablePath, args, env } = await chromiumLaunch();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'nlc-lighthouse-'));
  const child = spawn(executablePath, [...args, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port:\n${seen}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${seen}`)));
  });
  return { port, child, profile };
}

async function measure(url: string, port: number, lhrFile?: string): Promise<Run> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  if (lhrFile) await writeFile(lhrFile, JSON.stringify(lhr));
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)])) as Record<Category, number>;
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([key, audit]) => [key, lhr.audits[audit].numericValue ?? Number.NaN]),
  ) as Record<Metric, number>;
  const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
    lhr.categories[c].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score! < 1)
      .map((ref) => `${c}: ${ref.id}`),
  );
  const networkItems = (lhr.audits['network-requests'].details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const requests = networkItems.map((item) => ({
    url: String(item.url).replace(/^https?:\/\/[^/]+/, ''),
    resourceType: item.resourceType as string | undefined,
    priority: item.priority as string | undefined,
    start: Math.round(Number(item.networkRequestTime)),
    end: Math.round(Number(item.networkEndTime)),
    kB: Math.round(Number(item.transferSize) / 100) / 10,
  }));
  const timings = (lhr.audits.metrics.details as { items?: Record<string, number>[] } | undefined)?.items?.[0] ?? {};
  const observed = { fcp: timings.observedFirstContentfulPaint, lcp: timings.observedLargestContentfulPaint };
  return { scores, metrics, failing, observed, requests };
}

function table(results: Record<string, Run[]>): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const lines = [
    '| Page | Performance | Accessibility | Best Practices | SEO | FCP | LCP | TBT | CLS |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { name, path: pagePath } of PAGES) {
    const runs = results[name];
    const score = (c: Category) => median(runs.map((r) => r.scores[c]));
    const metric = (m: Metric) => median(runs.map((r) => r.metrics[m]));
    lines.push(
      `| ${name} (\`${pagePath}\`) | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ` +
        `${seconds(metric('fcp'))} | ${seconds(metric('lcp'))} | ${Math.round(metric('tbt'))} ms | ${metric('cls').toFixed(3)} |`,
    );
  }
  return lines.join('\n');
}

const api = await startApiProcess(
  {
    NODE_ENV: 'production',
    UNSUBSCRIBE_SECRET: 'bench-only unsubscribe secret',
    SEED_EXAMPLE_DATA: 'true',
    LOG_LEVEL: 'info',
    ANONYMOUS_READ_CACHE: 'true',
    ...(options['web-dir'] ? { WEB_DIST_DIR: path.resolve(options['web-dir']) } : {}),
  },
  { waitForReady: false },
);
/** test-results/lighthouse[-label], without extension. */
const output = path.resolve('test-results', `lighthouse${options.label ? `-${options.label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}` : ''}`);
let chromium: Awaited<ReturnType<typeof startChromium>> | undefined;
// Lighthouse simulates the throttling from what it observed, so a busy machine still shows in TBT.
const loadBefore = os.loadavg()[0];
try {
  await api.waitFor(/Instrumentencatalogus klaar/, 120_000);
  chromium = await startChromium();
  const results: Record<string, Run[]> = {};
  await mkdir(path.dirname(output), { recursive: true });
  for (const page of PAGES) {
    results[page.name] = [];
    // One unmeasured visit first, so the API's first-answer costs (cache, JIT) are not in run 1.
    await fetch(`${api.origin}${page.path}`);
    for (let run = 1; run <= RUNS; run++) {
      const lhrFile = options['save-lhr'] && run === RUNS ? `${output}-${page.name}.lhr.json` : undefined;
      const result = await measure(`${api.origin}${page.path}`, chromium.port, lhrFile);
      results[page.name].push(result);
      console.error(`${page.name} ${run}/${RUNS}: performance ${result.scores.performance}, LCP ${Math.round(result.metrics.lcp)} ms`);
    }
  }
  const markdown = table(results);
  const failing = [...new Set(Object.values(results).flatMap((runs) => runs.flatMap((r) => r.failing)))];
  const load = `load average ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after (${os.cpus().length} cores)`;
  console.log(`\nLighthouse 12.2.3, mobile preset, median of ${RUNS}${options.label ? ` — ${options.label}` : ''}; ${load}\n\n${markdown}\n`);
  if (failing.length) console.log(`Audits that did not pass (accessibility, best practices, SEO): ${failing.join(', ')}\n`);
  const file = `${output}.json`;
  await writeFile(file, `${JSON.stringify({ label: options.label, runs: RUNS, load, at: new Date().toISOString(), markdown, failing, results }, null, 2)}\n`);
  console.log(`Written: ${path.relative(process.cwd(), file)}`);
} finally {
  chromium?.child.kill('SIGTERM');
  if (chromium) await rm(chromium.profile, { recursive: true, force: true }).catch(() => undefined);
  api.child.kill('SIGTERM');
  await api.exited;
}
