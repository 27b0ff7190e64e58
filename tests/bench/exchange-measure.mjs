// Measures the exchange feature with /usr/bin/time -v: the wall time of a 10,000-row import
// (npm run import's compiled CLI) and the peak resident memory of the API process while it
// streams exports of 1,000, 10,000 and 100,000 instruments. Needs `npm run build:api` first.
//
//   npm run bench:exchange                           # everything, in a disposable PostgreSQL (the project's Node)
//   node tests/bench/exchange-measure.mjs            # the same, when `node` is the project's Node 24
//   node tests/bench/exchange-measure.mjs --rows 20000
//   node tests/bench/exchange-measure.mjs generate <database url> <rows>   # only the rows, into a migrated database
//   node tests/bench/exchange-measure.mjs serve <database url>            # only the API, on a free port
//
// It starts its own embedded PostgreSQL in the system temp folder (or uses DATABASE_URL's
// server, which must allow CREATE DATABASE), generates the rows there and drops it all after.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { EmbeddedPostgres, dataSourceOptions, withDatabase } from '../../dist/libs/database/src/index.js';

const SELF = fileURLToPath(import.meta.url);
/** The API's own node flags (package.json `config.api_node_options`, as tests/bench/run.ts reads them), as `npm start` runs it. */
const API_NODE_FLAGS = (JSON.parse(await fs.readFile(path.resolve(path.dirname(SELF), '../../package.json'), 'utf8')).config?.api_node_options ?? '').split(/\s+/).filter(Boolean);
const CLI = path.resolve('dist/apps/api/src/cli/import.js');

const [mode] = process.argv.slice(2);
if (mode === 'serve') await serve(process.argv[3]);
else if (mode === 'generate') await generate(process.argv[3], process.argv[4]);
else await measure();

/** Child process: the API on one database, until SIGTERM. Its peak RSS is what /usr/bin/time reports. */
async function serve(url) {
  process.env.OUTBOX_INTERVAL_MS = '0';
  const { createApp } = await import('../../dist/apps/api/src/app.factory.js');
  const { prepareDatabase } = await import('../../dist/apps/api/src/database/prepare-database.js');
  const dataSource = await prepareDatabase(url, { seed: false, log: () => undefined });
  const app = await createApp(dataSource, ['error']);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  process.on('SIGTERM', async () => {
    await app.close();
    if (dataSource.isInitialized) await dataSource.destroy();
    process.exit(0);
  });
  console.log(`LISTENING ${port} ${process.pid}`);
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

async function sql(url, text, params) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, params);
  } finally {
    await client.end();
  }
}

/** Runs a command under /usr/bin/time -v; returns its output and the numbers time reports. */
function timed(args, env, onLine) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-v', ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      for (const line of String(chunk).split('\n')) if (line) onLine?.(line, child);
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]);
      const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(stderr)?.[1];
      const seconds = wall?.split(':').reduce((total, part) => total * 60 + Number(part), 0);
      resolve({ code, stdout, stderr, rssMb: rss / 1024, seconds });
    });
  });
}

/** Starts the API under /usr/bin/time, downloads one export from it, stops it. */
async function exportRun(url, format, query, nodeFlags = []) {
  let resolveDownload;
  const downloaded = new Promise((resolve) => (resolveDownload = resolve));
  const run = timed(['node', ...nodeFlags, SELF, 'serve', url], {}, async (line) => {
    const [, port, pid] = /^LISTENING (\d+) (\d+)/.exec(line) ?? [];
    if (!port) return;
    const started = Date.now();
    const response = await globalThis.fetch(`http://127.0.0.1:${port}/export/instruments.${format}?${query}`);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of response.body) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 0x0a) lines += 1;
    }
    resolveDownload({ status: response.status, bytes, lines, seconds: (Date.now() - started) / 1000 });
    // The API itself, not /usr/bin/time, which then reports on it.
    process.kill(Number(pid), 'SIGTERM');
  });
  const [result, download] = await Promise.all([run, downloaded]);
  return { ...download, rssMb: result.rssMb };
}

async function generate(url, rows) {
  // Triggers off while generating (search vectors are not part of an export), on again after.
  await sql(
    url,
    `DO $$ BEGIN
       SET LOCAL session_replication_role = replica;
       INSERT INTO tags (code, label_nl, label_en, position) VALUES
         ('meting', 'Meting', 'Measurement', 100), ('tien', 'Tien', 'Ten', 101), ('klein', 'Klein', 'Small', 102);
       INSERT INTO instruments (slug, title, summary, description, status, evidence_level, origin, type_id,
         owner_organisation, contact_name, contact_email, language, licence, time_needed, created_at)
       SELECT 'meting-' || g, 'Meetinstrument ' || g, 'Een gegenereerd instrument om de export te meten, nummer ' || g || '.',
              repeat('Gegenereerde beschrijving met **Markdown**, komma''s, "quotes" en regels.' || E'\\n', 8),
              (ARRAY['IDEA','IN_DESIGN','PROTOTYPE','PILOTING','AVAILABLE','RETIRED'])[1 + g % 6]::prototype_status,
              (ARRAY['NOT_ASSESSED','DESCRIBED','SUBSTANTIATED'])[1 + g % 3]::evidence_level,
              (ARRAY['EXISTING','NETWORK'])[1 + g % 2]::instrument_origin,
              t.ids[1 + g % array_length(t.ids, 1)],
              'Organisatie ' || (g % 100) || ' (fictief)', 'Contact ' || g, 'contact' || g || '@example.org', 'nl',
              'CC BY 4.0', '1 uur', timestamptz '2020-01-01' + g * interval '1 minute'
       FROM generate_series(1, ${Number(rows)}) g, (SELECT array_agg(id ORDER BY position) AS ids FROM instrument_types) t;
       INSERT INTO instrument_phases (instrument_id, phase_id)
         SELECT i.id, p.id FROM instruments i JOIN phases p ON p.position <= 1 + substring(i.slug from 8)::int % 3;
       INSERT INTO instrument_audiences (instrument_id, audience_id)
         SELECT i.id, a.id FROM instruments i JOIN audiences a ON a.position IN (1, 2 + substring(i.slug from 8)::int % 4);
       INSERT INTO instrument_sectors (instrument_id, sector_id)
         SELECT i.id, s.id FROM instruments i JOIN sectors s ON s.position = 1 + substring(i.slug from 8)::int % 2;
       INSERT INTO instrument_tags (instrument_id, tag_id)
         SELECT i.id, t.id FROM instruments i JOIN tags t ON t.code = 'meting'
            OR (t.code = 'tien' AND substring(i.slug from 8)::int % 10 = 0)
            OR (t.code = 'klein' AND substring(i.slug from 8)::int % 100 = 0);
       INSERT INTO instrument_links (instrument_id, position, label, url)
         SELECT i.id, n, 'Link ' || n, 'https://example.org/' || i.slug || '/' || n FROM instruments i, generate_series(1, 2) n;
     END $$`,
  );
  await sql(url, 'VACUUM ANALYZE');
}

/** The import's file; `retag` gives every row other phases, audiences, sectors and tags (an update of its term sets). */
function importFile(rows, retag = false) {
  const header = ['slug', 'titel', 'samenvatting', 'beschrijving', 'fase', 'status', 'onderbouwing', 'soort', 'doelgroep',
    'sector', 'thema', 'herkomst', 'organisatie', 'contactpersoon', 'e-mail', 'links', 'taal', 'licentie',
    'tijdsinvestering', 'aangemaakt'];
  const records = Array.from({ length: rows }, (_, i) => [
    `import-${i}`, i % 500 === 0 ? `'=HYPERLINK("https://example.org/${i}")` : `Geïmporteerd instrument ${i}`,
    'Een instrument dat via de import binnenkomt, om de tijd te meten.',
    '## Doel\n\nMeten hoe lang een import duurt, met "aanhalingstekens", komma, en puntkomma; erin.\n\n- een\n- twee',
    ['DEVELOP', 'DEVELOP|EVALUATE', 'SUSTAIN_SCALE'][(i + (retag ? 1 : 0)) % 3], ['IDEA', 'AVAILABLE', 'PILOTING', 'RETIRED'][i % 4],
    'DESCRIBED', 'CANVAS', retag ? 'TEACHERS' : 'STUDENTS|TEACHERS', retag ? 'HBO' : 'HBO|MBO', i % 3 === (retag ? 1 : 0) ? 'import-thema' : '', 'EXISTING',
    'Hogeschool Voorbeeld (fictief)', 'A. Tester', 'a.tester@example.org',
    'Handleiding <https://example.org/handleiding>|Site <https://example.org/>', 'nl', 'CC BY 4.0', '1 uur',
    new Date(Date.UTC(2021, 0, 1) + i * 60_000).toISOString(),
  ]);
  return stringify([header, ...records], { bom: true, delimiter: ';', record_delimiter: 'windows' });
}

async function measure() {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, 'import-rows': { type: 'string', default: '10000' } } });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'nlc-exchange-measure-'));
  await fs.chmod(dir, 0o755);
  let server;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    server = new EmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), disposable: true });
    await server.start();
    serverUrl = server.url('postgres');
  }
  const admin = withDatabase(serverUrl, 'postgres');
  const names = ['nlc_measure_template', 'nlc_measure_export', 'nlc_measure_import'];
  try {
    for (const name of names) await sql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await sql(admin, `CREATE DATABASE ${names[0]}`);
    const migrator = new DataSource(dataSourceOptions(withDatabase(serverUrl, names[0])));
    await migrator.initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();
    for (const name of names.slice(1)) await sql(admin, `CREATE DATABASE ${name} TEMPLATE ${names[0]}`);

    const exportUrl = withDatabase(serverUrl, names[1]);
    const started = Date.now();
    await generate(exportUrl, values.rows);
    console.log(`Generated ${values.rows} instruments in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const results = [];
    const count = (n) => Math.floor(n).toLocaleString('en');
    const rows = Number(values.rows);
    for (const [label, query] of [[count(rows / 100), 'thema=klein'], [count(rows / 10), 'thema=tien'], [count(rows), '']]) {
      for (const format of ['csv', 'json']) {
        const run = await exportRun(exportUrl, format, query);
        results.push({ export: `${label} rows, ${format}`, ...run });
        console.log(
          `export ${label.padStart(7)} rows ${format.padEnd(4)}: ${run.status}, ${(run.bytes / 1024 / 1024).toFixed(1)} MB in ${run.seconds.toFixed(1)} s, peak RSS of the API process ${run.rssMb.toFixed(0)} MB`,
        );
      }
    }

    // V8 grows its heap lazily while there is room; a small cap shows the working set stays constant.
    const capped = await exportRun(exportUrl, 'csv', '', API_NODE_FLAGS);
    console.log(
      `export ${count(rows).padStart(7)} rows csv  with the API's node flags (${API_NODE_FLAGS.join(' ')}): ${capped.status}, ${(capped.bytes / 1024 / 1024).toFixed(1)} MB in ${capped.seconds.toFixed(1)} s, peak RSS ${capped.rssMb.toFixed(0)} MB`,
    );

    const importUrl = withDatabase(serverUrl, names[2]);
    const importRows = Number(values['import-rows']);
    await sql(admin, `DROP DATABASE IF EXISTS ${names[2]} WITH (FORCE)`);
    await sql(admin, `CREATE DATABASE ${names[2]} TEMPLATE ${names[0]}`);
    // New instruments, then the same ones with other term sets (an update of every row's phases, audiences, sectors and tags).
    for (const [what, retag] of [['new', false], ['retagged', true]]) {
      const file = path.join(dir, `import-${what}.csv`);
      await fs.writeFile(file, importFile(importRows, retag));
      const run = await timed(['node', CLI, file, '--create-missing'], { DATABASE_URL: importUrl });
      const took = /Took ([\d.]+) s/.exec(run.stdout)?.[1];
      console.log(run.stdout.trim());
      console.log(
        `import ${importRows.toLocaleString('en')} rows, ${what} (${((await fs.stat(file)).size / 1024 / 1024).toFixed(1)} MB): exit ${run.code}, ${took} s import, ${run.seconds.toFixed(1)} s wall for the whole command (start, migrations check, import), peak RSS ${run.rssMb.toFixed(0)} MB`,
      );
    }
    console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
  } finally {
    for (const name of names) await sql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await server?.stop();
    await sleep(100);
    await fs.rm(dir, { recursive: true, force: true });
  }
}
