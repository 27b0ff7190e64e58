import { readFile } from 'node:fs/promises';
import autocannon, { type Result } from 'autocannon';
import { requestIdentity, type NextRequest, type Workload } from './workloads.js';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  /** Connection errors, timeouts, non-2xx answers and answers with GraphQL errors together. */
  failures: number;
  /** Answers with GraphQL `errors` (e.g. a statement timeout), also counted in failures. */
  graphqlErrors: number;
  /**
   * Requests whose body this server had been sent before (warm-up and earlier repetitions
   * included), as a share of the requests sent: the read cache's hit ratio as seen by the bench
   * (the cache is keyed by the body; an answer evicted from it, or one with errors, counts as a
   * hit here although the app computes it again).
   */
  askedBefore: number;
  /** Highest resident memory of the server process while the load ran, in MB. */
  rssPeakMb: number | null;
}

/** Resident set size of a process from /proc (Linux), in MB. */
export async function rssMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : null;
  } catch {
    return null;
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** What one server has been asked (request bodies), and this run's counts. */
export interface Asked {
  bodies: Set<string>;
}

interface RunCounts {
  sent: number;
  repeated: number;
  graphqlErrors: number;
}

function run(baseUrl: string, workload: Workload, connections: number, seconds: number, asked: Asked, onLatency?: (ms: number) => void) {
  const counts: RunCounts = { sent: 0, repeated: 0, graphqlErrors: 0 };
  return new Promise<{ result: Result; counts: RunCounts }>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            // autocannon hands each connection's answer to onResponse with the context its
            // request was built with, so the request travels there in the context.
            setupRequest: (request, context) => {
              const next = workload.next();
              context.sent = next;
              counts.sent++;
              const identity = requestIdentity(next);
              if (asked.bodies.has(identity)) counts.repeated++;
              else asked.bodies.add(identity);
              // W12's pages: GET as a browser asks for HTML (no body, no content type).
              if (next.page) return { ...request, method: 'GET', path: next.page, body: undefined, headers: { accept: 'text/html', ...next.headers } };
              return { ...request, body: next.body, headers: { ...request.headers, ...next.headers } };
            },
            onResponse: (status, body, context) => {
              // A page's inline Apollo state carries errors the same way.
              if (status < 300 && body.includes('"errors":[')) counts.graphqlErrors++;
              workload.answered?.(context.sent as NextRequest, body);
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve({ result, counts })),
    );
    if (onLatency) instance.on('response', (_client, _status, _bytes, responseTime) => onLatency(responseTime));
  });
}

/**
 * A warm-up (discarded), then `seconds` of load at `connections` connections, with every
 * response time kept for exact percentiles and the server's RSS sampled every 100 ms.
 */
export async function measure(
  baseUrl: string,
  workload: Workload,
  options: { connections: number; seconds: number; warmupSeconds: number; pid: number; asked: Asked },
): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await run(baseUrl, workload, options.connections, options.warmupSeconds, options.asked);
  const latencies: number[] = [];
  let rssPeak: number | null = null;
  const sampler = setInterval(() => {
    void rssMb(options.pid).then((mb) => {
      if (mb !== null) rssPeak = Math.max(rssPeak ?? 0, mb);
    });
  }, 100);
  let result: Result;
  let counts: RunCounts;
  try {
    ({ result, counts } = await run(baseUrl, workload, options.connections, options.seconds, options.asked, (ms) => latencies.push(ms)));
  } finally {
    clearInterval(sampler);
  }
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx + counts.graphqlErrors,
    graphqlErrors: counts.graphqlErrors,
    askedBefore: counts.sent ? counts.repeated / counts.sent : 0,
    rssPeakMb: rssPeak,
  };
}

export interface Probe {
  statementsPerRequest: number;
  responseBytes: number;
}

let bust = 0;

/** The same request with an extra, unused variable, so the anonymous read cache cannot answer it. */
function uncached(body: string): string {
  const parsed = JSON.parse(body) as { variables?: Record<string, unknown> };
  return JSON.stringify({ ...parsed, variables: { ...parsed.variables, benchUncached: ++bust } });
}

/**
 * Sequential requests, each checked for a real answer; the server's statement counter is read
 * before and after, so the difference is exactly what these requests sent. Each request is
 * made unique, so this is the cost without the anonymous read cache (a cached answer costs 1).
 */
export async function probe(baseUrl: string, workload: Workload, count: number, bodyFor?: () => string): Promise<Probe> {
  const readCount = async () =>
    ((await (await fetch(`${baseUrl}/__bench/sql-statements`, { headers: { accept: 'application/json' } })).json()) as { count: number }).count;
  const before = await readCount();
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const next = workload.next();
    const response = next.page
      ? // A parameter no page reads makes the address (the page cache's key) new.
        await fetch(`${baseUrl}${next.page}${next.page.includes('?') ? '&' : '?'}benchUncached=${++bust}`, { headers: { accept: 'text/html', ...next.headers } })
      : await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', ...next.headers },
          body: uncached(bodyFor ? bodyFor() : next.body),
        });
    const text = await response.text();
    if (!response.ok) throw new Error(`${workload.id}: HTTP ${response.status}: ${text.slice(0, 300)}`);
    workload.check(next.page ? text : JSON.parse(text));
    workload.answered?.(next, text);
    sizes.push(Buffer.byteLength(text));
  }
  const after = await readCount();
  sizes.sort((a, b) => a - b);
  return { statementsPerRequest: (after - before) / count, responseBytes: sizes[Math.floor(sizes.length / 2)] };
}
