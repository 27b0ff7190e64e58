// Measures the file store (issue #22): 10 uploads of 20 MB, N at a time, then the same downloads,
// for each backend (PostgreSQL; S3 = s3rver in this process), for N = 1 and N = 10: throughput,
// p50/p95 time per request, and the peak resident memory (VmHWM) of the server process, which is
// started afresh for every run so each peak is that run's own. Needs `npm run build:api` first
// (`npm run bench:files` does both).
//
//   npm run bench:files
//   npm run bench:files -- --mb 20 --parallel 1,10 --requests 10 --backends postgres,s3 --via api --type png
//   node tests/bench/files-measure.mjs serve-api <database url> [S3_URL]     # only the app
//   node tests/bench/files-measure.mjs serve-store <database url> [S3_URL]   # only the store
//
// --via api (the default): the app itself (dist, as `npm start` runs it, with the example
// instruments), a curator signed in, uploads to POST /api/files/instruments/:slug/editions
// (multipart, a new instrument file each) and downloads from the edition's downloadUrl.
// --type png (default) sends a PNG header and random bytes; --type pdf a PDF header, so the app
// also tries (and fails) to render a preview of each. --via store: only FilesStore behind a
// minimal HTTP server (PUT /files streams the body into FilesStore.put, GET /files/:key streams
// FilesStore.get out), without multipart, sniffing, sessions or previews.
// It starts its own embedded PostgreSQL in the system temp folder (or uses DATABASE_URL's server,
// which must allow CREATE DATABASE) and drops it all after.
import { Buffer } from 'node:buffer';
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
/** The API's own node flags (package.json `config.api_node_options`, as tests/bench/run.ts reads them), as `npm start` runs it. */
const API_NODE_FLAGS = (JSON.parse(await fs.readFile(path.resolve(path.dirname(SELF), '../../package.json'), 'utf8')).config?.api_node_options ?? '').split(/\s+/).filter(Boolean);


const CURATOR = { email: 'bench-curator@example.org', password: 'bench curator password 2026' };

/** Child process: the app on one database (example instruments, one curator), until SIGTERM. */
async function serveApi(url, s3Url) {
  process.env.OUTBOX_INTERVAL_MS = '0';
  process.env.S3_URL = s3Url ?? '';
  const { createApp } = await import('../../dist/apps/api/src/app.factory.js');
  const { prepareDatabase } = await import('../../dist/apps/api/src/database/prepare-database.js');
  const { AccountsService } = await import('../../dist/apps/api/src/accounts/accounts.service.js');
  const dataSource = await prepareDatabase(url, { seed: true, log: () => undefined });
  const app = await createApp(dataSource, ['error']);
  await app.get(AccountsService).upsert(CURATOR.email, 'Bench curator', CURATOR.password, 'CURATOR');
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  process.on('SIGTERM', async () => {
    await app.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    process.exit(0);
  });
  console.log(`LISTENING ${port} ${process.pid}`);
}

/** Signs the curator in; the session cookie and an instrument's slug. */
async function signIn(port) {
  const post = (query, variables, cookie) =>
    globalThis.fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  const answer = await post('mutation ($input: SignInInput!) { signIn(input: $input) { id } }', { input: CURATOR });
  const cookie = answer.headers.getSetCookie().find((c) => c.startsWith('nlc_session='))?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${await answer.text()}`);
  const { data } = await (await post('{ instruments(first: 1) { edges { node { slug } } } }', {}, cookie)).json();
  return { cookie, slug: data.instruments.edges[0].node.slug };
}

/** Child process: FilesStore behind PUT /files and GET /files/:key, until SIGTERM. */
async function serveStore(url, s3Url) {
  process.env.OUTBOX_INTERVAL_MS = '0';
  const { loadConfig } = await import('../../dist/apps/api/src/config/app-config.js');
  const { prepareDatabase } = await import('../../dist/apps/api/src/database/prepare-database.js');
  const { StorageBackends } = await import('../../dist/apps/api/src/files/storage/storage-backends.js');
  const { FilesStore } = await import('../../dist/apps/api/src/files/storage/files-store.js');
  const { StoredFilesQueries } = await import('../../dist/apps/api/src/files/storage/stored-files.queries.js');
  const config = loadConfig({ ...process.env, S3_URL: s3Url ?? '' });
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
function startServer(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...API_NODE_FLAGS, SELF, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
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

/** POST `bytes` as a new instrument file (multipart: title, versionLabel, then the file), in 64 KiB pieces. */
function uploadToApi(port, session, bytes, i, type) {
  const boundary = `----bench${i}${Date.now()}`;
  const field = (name, value) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head = Buffer.from(
    field('title', `Bench ${i} ${Date.now()}`) +
      field('versionLabel', 'v1') +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench-${i}.${type}"\r\nContent-Type: ${type === 'pdf' ? 'application/pdf' : 'image/png'}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/files/instruments/${session.slug}/editions`,
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + bytes.length + tail.length,
          'x-requested-with': 'files-measure',
          cookie: session.cookie,
        },
      },
      async (res) => {
        let body = '';
        for await (const chunk of res) body += chunk;
        if (res.statusCode !== 201) return reject(new Error(`upload: ${res.statusCode} ${body}`));
        resolve({ ms: performance.now() - started, path: JSON.parse(body).edition.downloadUrl });
      },
    );
    req.once('error', reject);
    (async () => {
      req.write(head);
      for (let at = 0; at < bytes.length; at += 64 * 1024) {
        if (!req.write(bytes.subarray(at, at + 64 * 1024))) await new Promise((r) => req.once('drain', r));
      }
      req.end(tail);
    })().catch(reject);
  });
}

/** GET a file, hashing what comes; resolves with the time and the sha256. */
function download(port, path, cookie) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    http
      .get({ host: '127.0.0.1', port, path, headers: cookie ? { cookie } : {} }, async (res) => {
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
      via: { type: 'string', default: 'api' },
      type: { type: 'string', default: 'png' },
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
  if (!['api', 'store'].includes(values.via) || !['png', 'pdf'].includes(values.type)) throw new Error('--via is api or store, --type png or pdf');
  // Different bytes per request (a store could notice repeats), made once; they start as the type's files do.
  const magic = values.type === 'pdf' ? Buffer.from('%PDF-1.7\n') : Buffer.from('89504e470d0a1a0a0000000d49484452000001000000010008060000001f15c4890001000049444154', 'hex'); // signature, IHDR, then an IDAT
  const files = Array.from({ length: Math.max(...values.parallel.split(',').map(Number)) }, () => {
    const bytes = randomBytes(size);
    magic.copy(bytes);
    return bytes;
  });
  const sums = files.map((bytes) => createHash('sha256').update(bytes).digest('hex'));
  const rows = [];
  try {
    await sql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await sql(admin, `CREATE DATABASE ${name}`);
    const migrator = new DataSource(dataSourceOptions(url));
    await migrator.initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();
    console.log(
      `${values.requests} uploads of ${values.mb} MB (${values.type}), N at a time, then the same downloads, ${values.via === 'api' ? "through the app's HTTP endpoints" : 'through FilesStore behind a minimal HTTP server'}; a fresh server process per line; ${os.cpus().length} cores`,
    );
    for (const backend of values.backends.split(',')) {
      for (const parallel of values.parallel.split(',').map(Number)) {
        const rounds = Math.ceil(Number(values.requests) / parallel);
        const api = await startServer([values.via === 'api' ? 'serve-api' : 'serve-store', url, ...(backend === 's3' ? [s3Url] : [])], {
          FILES_MAX_MB: String(Math.max(25, Math.ceil(Number(values.mb)))),
        });
        try {
          const session = values.via === 'api' ? await signIn(api.port) : null;
          const idle = await memoryOf(api.pid);
          let peakRss = idle.rss;
          const sampler = setInterval(() => memoryOf(api.pid).then((m) => (peakRss = Math.max(peakRss, m.rss)), () => undefined), 50);
          const up = await phase(rounds, parallel, (i) =>
            session ? uploadToApi(api.port, session, files[i % parallel], i, values.type) : upload(api.port, files[i % parallel]),
          );
          const afterUploads = await memoryOf(api.pid);
          const down = await phase(rounds, parallel, (i) => download(api.port, up.results[i].path, session?.cookie));
          clearInterval(sampler);
          const end = await memoryOf(api.pid);
          for (const [i, got] of down.results.entries()) {
            if (got.sha256 !== sums[i % parallel] || got.size !== size) throw new Error(`download ${i} does not match its upload`);
          }
          const mbps = (p) => ((rounds * parallel * size) / MB / p.seconds).toFixed(1);
          const row = {
            via: values.via,
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
        await sql(url, 'TRUNCATE stored_files CASCADE'); // with the files and editions that point to them
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

const [mode] = process.argv.slice(2);
if (mode === 'serve-store') await serveStore(process.argv[3], process.argv[4]);
else if (mode === 'serve-api') await serveApi(process.argv[3], process.argv[4]);
else await measure();
