/**
 * Moves every stored file to one backend, in DATABASE_URL or the embedded database:
 *   npm run files:move -- --to s3|postgres
 * S3_URL names the bucket either way. Each file is copied, its sha256 checked, its row changed
 * and only then its old copy removed; an interrupted run is resumed by running it again.
 * Exit code 0 when every file is in place, 1 when a file could not be moved, 2 for wrong usage.
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openDatabase } from '#database';
import { ConfigError, loadConfig, type AppConfig } from '../config/app-config.js';
import { prepareDatabase } from '../database/prepare-database.js';
import type { StorageBackendName } from '../files/storage/file-storage.js';
import { FilesMover, type MoveProgress } from '../files/storage/files-mover.js';
import { StorageBackends } from '../files/storage/storage-backends.js';
import { StoredFilesQueries } from '../files/storage/stored-files.queries.js';

const USAGE = 'Usage: S3_URL=http(s)://KEY:SECRET@host/bucket npm run files:move -- --to s3|postgres';

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(USAGE);
  process.exit(2);
}

let to: StorageBackendName;
let config: AppConfig;
try {
  const { values } = parseArgs({ options: { to: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) usage();
  if (values.to !== 's3' && values.to !== 'postgres') usage(`--to is s3 or postgres (got ${JSON.stringify(values.to ?? '')}).`);
  to = values.to;
  config = loadConfig();
} catch (error) {
  usage(error instanceof ConfigError ? error.message : (error as Error).message);
}
if (!config.files.s3) usage('S3_URL is not set: moving files to or from S3 needs the bucket.');

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const bar = new cliProgress.SingleBar(
  { format: `naar ${to} [{bar}] {percentage}% | {value}/{total} bestanden | {done}/{all} MiB`, stream: process.stderr, hideCursor: true },
  cliProgress.Presets.shades_classic,
);
let started = false;
const onProgress = (p: MoveProgress) => {
  if (!started) {
    started = true;
    bar.start(p.totalFiles, 0, { done: mib(0), all: mib(p.totalBytes) });
  }
  bar.update(p.files, { done: mib(p.bytes) });
};

process.env.OUTBOX_INTERVAL_MS = '0';
const database = await openDatabase(() => undefined);
let exitCode = 1;
try {
  const dataSource = await prepareDatabase(database.url, { seed: false, log: () => undefined });
  const backends = new StorageBackends(dataSource, config);
  try {
    const began = Date.now();
    const moved = await new FilesMover(dataSource, backends, new StoredFilesQueries()).moveAll(to, onProgress);
    bar.stop();
    console.log(`Moved ${moved.files} file(s), ${mib(moved.bytes)} MiB, to ${to} in ${((Date.now() - began) / 1000).toFixed(1)} s.`);
    exitCode = 0;
  } finally {
    backends.onModuleDestroy();
    await dataSource.destroy();
  }
} catch (error) {
  bar.stop();
  console.error(error instanceof Error ? error.message : String(error));
  console.error('Files moved so far stay moved; run the command again to go on.');
} finally {
  await database.stop();
}
process.exit(exitCode);
