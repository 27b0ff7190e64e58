// Measures the file store (issue #22): 10 uploads of 20 MB, N at a time, then the same downloads,
// for each backend (PostgreSQL; S3 = s3rver in this process), for N = 1 and N = 10: throughput,
// p50/p95 time per request, and the peak resident memory (VmHWM) of the server process, which is
// started afresh for every run so each peak is that run's own. Needs `npm run build:api` first
// (`npm run bench:files` does both).
//
//   npm run bench:files
//   npm run bench:files -- --mb 20 --parallel 1,10 --requests 10 --backends postgres,s3
//   node tests/bench/files-measure.mjs serve-store <database url> [S3_URL]   # only the server
//
// The server is the app's FilesStore behind a minimal HTTP server (PUT /files streams the
// request body into FilesStore.put, GET /files/:key streams FilesStore.get out): the HTTP routes
// of the files feature are files-api's, not on this branch yet.
// It starts its own embedded PostgreSQL in the system temp folder (or uses DATABASE_URL's server,
// which must allow CREATE DATABASE) and drops it all after.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import S3rver from 's3rver';
import { DataSource } from 'typeorm';
import { EmbeddedPostgres, dataSourceOptions, withDatabase } from '../../dist/libs/database/src/index.js';

const SELF = fileURLToPath(import.meta.url);
const MB = 1024 * 1024;
/** The API's own node flags (package.json config.api_node_options), so memory is measured as it runs. */
const API_NODE_FLAGS = ['--max-old-space-size=192', '--max-semi-space-size=8'];

const [mode] = process.argv.slice(2);
if (mode === 'serve-store') await serveStore(process.argv[3], process.argv[4]);
else await measure();

/** Child process: FilesStore behind PUT /files and GET /files/:key, until SIGTERM. */
async function serveStore(url, s3Url) {
  process.env.OUTBOX_INTERVAL_MS = '0';
  const { loadConfig } = await import('../../dist/apps/api/src/config/app-config.js');
  const { prepareDatabase } = await import('../../dist/apps/api/src/database/prepare-database.js');
  const { StorageBackends } = await import('../../dist/apps/api/src/files/storage/storage-backends.js');
  const { FilesStore } = await import('../../dist/apps/api/src/files/storage/files-store.js');
  const { StoredFilesQueries } = await import('../../dist/apps/api/src/files/storage/stored-files.queries.js');
  const config = loadConfig(s3Url ? { S3_URL: s3Url } : {});
  const dataSource = await prepareDatabase(url, { seed: false, log: () => undefined, pool: config.database });
  const backends = new StorageBackends(dataSource, config);
  const store = new FilesStore(dataSource, backends, new StoredFilesQueries());
  const server = http.createServer(async (req, res) => {
    try {
      if (req.method === 'PUT' && req.url === '/files') {
        const file = await store.put(req, { maxBytes: config.files.maxBytes, contentType: 'application/octet-stream' });
        res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(file));
      } else if (req.method === 'GET' && req.url.startsWith('/files/')) {
        const key = req.url.slice('/files/'.length);
        const file = await store.stat(key);
        if (!file) return void res.writeHead(404).end();
        res.writeHead(200, { 'content-length': file.size, etag: `"${file.sha256}"` });
        await pipeline(await store.get(key), res);
      } else res.writeHead(404).end();
    } catch (error) {
      if (!res.headersSent) res.writeHead(500).end(String(error));
      else res.destroy(error);
    }
  });
  server.listen(0, '127.0.0.1', () => console.log(`LISTENING ${server.address().port} ${process.pid}`));
  process.on('SIGTERM', async () => {
    server.close();
    backends.onModuleDestroy();
    await dataSource.destroy();
    process.exit(0);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function sql(url, text) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** Resident memory of a process from /proc: now (VmRSS) and the peak so far (VmHWM), in MB. */
async function memoryOf(pid) {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** Starts the server child; resolves with its port and pid once it listens. */
function startServer(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...API_NODE_FLAGS, SELF, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the server stopped (exit code ${code})`)));
    child.stdout.on('data', (chunk) => {
      const [, port, pid] = /LISTENING (\d+) (\d+)/.exec(String(chunk)) ?? [];
      if (port) resolve({ port: Number(port), pid: Number(pid), child });
    });
  });
}

/** PUT `bytes` in 64 KiB pieces, as a browser would send them, honouring backpressure. */
function upload(port, bytes) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request({ host: '127.0.0.1', port, method: 'PUT', path: '/files', headers: { 'content-length': bytes.length } }, async (res) => {
      let body = '';
      for await (const chunk of res) body += chunk;
      if (res.statusCode !== 201) return reject(new Error(`upload: ${res.statusCode} ${body}`));
      resolve({ ms: performance.now() - started, file: JSON.parse(body) });
    });
    req.once('error', reject);
    (async () => {
      for (let at = 0; at < bytes.length; at += 64 * 1024) {
        if (!req.write(bytes.subarray(at, at + 64 * 1024))) await new Promise((r) => req.once('drain', r));
      }
      req.end();
    })().catch(reject);
  });
}

/** GET a file, hashing what comes; resolves with the time and the sha256. */
function download(port, key) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    http
      .get({ host: '127.0.0.1', port, path: `/files/${key}` }, async (res) => {
        const hash = createHash('sha256');
        let size = 0;
        for await (const chunk of res) {
          hash.update(chunk);
          size += chunk.length;
        }
        if (res.statusCode !== 200) return reject(new Error(`download: ${res.statusCode}`));
        resolve({ ms: performance.now() - started, size, sha256: hash.digest('hex') });
      })
      .once('error', reject);
  });
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** `rounds` rounds of `parallel` requests at once; the numbers over all requests. */
async function phase(rounds, parallel, request) {
  const times = [];
  const results = [];
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    const answers = await Promise.all(Array.from({ length: parallel }, (_, i) => request(round * parallel + i)));
    for (const answer of answers) {
      times.push(answer.ms);
      results.push(answer);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, p50: percentile(times, 50), p95: percentile(times, 95), results };
}

async function measure() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      mb: { type: 'string', default: '20' },
      parallel: { type: 'string', default: '1,10' },
      backends: { type: 'string', default: 'postgres,s3' },
      requests: { type: 'string', default: '10' },
    },
  });
  const size = Number(values.mb) * MB;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'nlc-files-measure-'));
  await fs.chmod(dir, 0o755);
  let server;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    server = new EmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), disposable: true });
    await server.start();
    serverUrl = server.url('postgres');
  }
  const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: path.join(dir, 's3'), configureBuckets: [{ name: 'files' }] });
  const { port: s3Port } = await s3.run();
  const s3Url = `http://S3RVER:S3RVER@127.0.0.1:${s3Port}/files`;
  const admin = withDatabase(serverUrl, 'postgres');
  const name = 'nlc_files_measure';
  const url = withDatabase(serverUrl, name);
  // Different bytes per request (a store could notice repeats), made once.
  const files = Array.from({ length: Math.max(...values.parallel.split(',').map(Number)) }, () => randomBytes(size));
  const sums = files.map((bytes) => createHash('sha256').update(bytes).digest('hex'));
  const rows = [];
  try {
    await sql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await sql(admin, `CREATE DATABASE ${name}`);
    const migrator = new DataSource(dataSourceOptions(url));
    await migrator.initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();
    console.log(`${values.requests} uploads of ${values.mb} MB, N at a time, then the same downloads; a fresh server process per line; ${os.cpus().length} cores`);
    for (const backend of values.backends.split(',')) {
      for (const parallel of values.parallel.split(',').map(Number)) {
        const rounds = Math.ceil(Number(values.requests) / parallel);
        const api = await startServer(['serve-store', url, ...(backend === 's3' ? [s3Url] : [])]);
        try {
          const idle = await memoryOf(api.pid);
          let peakRss = idle.rss;
          const sampler = setInterval(() => memoryOf(api.pid).then((m) => (peakRss = Math.max(peakRss, m.rss)), () => undefined), 50);
          const up = await phase(rounds, parallel, (i) => upload(api.port, files[i % parallel]));
          const afterUploads = await memoryOf(api.pid);
          const down = await phase(rounds, parallel, (i) => download(api.port, up.results[i].file.key));
          clearInterval(sampler);
          const end = await memoryOf(api.pid);
          for (const [i, got] of down.results.entries()) {
            if (got.sha256 !== sums[i % parallel] || got.size !== size) throw new Error(`download ${i} does not match its upload`);
          }
          const mbps = (p) => ((rounds * parallel * size) / MB / p.seconds).toFixed(1);
          const row = {
            backend,
            parallel,
            'upload MB/s': mbps(up),
            'upload p50 s': (up.p50 / 1000).toFixed(2),
            'upload p95 s': (up.p95 / 1000).toFixed(2),
            'download MB/s': mbps(down),
            'download p50 s': (down.p50 / 1000).toFixed(2),
            'download p95 s': (down.p95 / 1000).toFixed(2),
            'idle RSS MB': idle.rss.toFixed(0),
            'peak RSS after uploads MB': afterUploads.hwm.toFixed(0),
            'peak RSS MB (VmHWM)': end.hwm.toFixed(0),
            'sampled peak MB': peakRss.toFixed(0),
          };
          rows.push(row);
          console.log(JSON.stringify(row));
        } finally {
          api.child.kill('SIGTERM');
          await new Promise((resolve) => api.child.once('exit', resolve));
        }
        await sql(url, 'TRUNCATE stored_files CASCADE');
      }
    }
    console.table(rows);
    console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
  } finally {
    await sql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await s3.close();
    await server?.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
