/**
 * Imports instruments from a CSV file with the export's columns, into DATABASE_URL or the
 * embedded database:
 *   npm run import -- file.csv [--dry-run] [--create-missing] [--separator ';'] [--json]
 * Exit code 0 when the file is valid (and, without --dry-run, imported), 1 when it has
 * problems (nothing written; the report says row, column and problem), 2 for wrong usage.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openDatabase } from '#database';
import { prepareDatabase } from '../database/prepare-database.js';
import type { Separator } from '../exchange/export-query.js';
import type { ProgressListener } from '../exchange/import-file.js';
import type { ImportReport } from '../exchange/import-report.js';
import { ImportService } from '../exchange/import.service.js';
import { VocabularyAdminService } from '../vocabularies/vocabulary-admin.service.js';
import { VocabularyQueries } from '../vocabularies/vocabulary.queries.js';
import { VocabularyService } from '../vocabularies/vocabulary.service.js';

const USAGE = 'Usage: npm run import -- <file.csv> [--dry-run] [--create-missing] [--separator ,|;] [--json]';

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(USAGE);
  process.exit(2);
}

let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof options }>>;
const options = {
  'dry-run': { type: 'boolean' },
  'create-missing': { type: 'boolean' },
  separator: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;
try {
  parsed = parseArgs({ allowPositionals: true, options });
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) usage();
if (positionals.length !== 1) usage('Give exactly one CSV file.');
const separators: Record<string, Separator> = { ',': ',', ';': ';', komma: ',', puntkomma: ';' };
const separator = values.separator === undefined ? undefined : separators[values.separator];
if (values.separator !== undefined && !separator) usage(`--separator is , or ; (got "${values.separator}").`);

let source: Buffer;
try {
  source = await readFile(positionals[0]);
} catch (error) {
  usage(`Cannot read ${positionals[0]}: ${(error as Error).message}`);
}

const PHASES = { read: 'lezen      ', check: 'controleren', write: 'schrijven  ' } as const;
const bar = new cliProgress.SingleBar(
  { format: '{phase} [{bar}] {percentage}% | {value}/{total}', stream: process.stderr, hideCursor: true },
  cliProgress.Presets.shades_classic,
);
let phase: keyof typeof PHASES | undefined;
const onProgress: ProgressListener = (progress) => {
  if (progress.phase !== phase) {
    if (phase) bar.stop();
    phase = progress.phase;
    bar.start(progress.total, progress.done, { phase: PHASES[phase] });
  } else bar.update(progress.done);
};

function print(report: ImportReport): void {
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const what = report.dryRun ? 'Dry run, nothing written' : report.ok ? 'Imported' : 'Nothing written';
  console.log(
    `${what}: ${report.rows} rows; ${report.ok ? `${report.created} new, ${report.updated} changed, ${report.unchanged} unchanged` : `${report.problems.length} problem(s)`}.`,
  );
  if (report.createdTerms.length) {
    console.log(
      `${report.dryRun ? 'Would create' : 'Created'} vocabulary codes: ${report.createdTerms.map((t) => `${t.vocabulary} ${t.code}`).join(', ')}`,
    );
  }
  for (const p of report.problems) {
    console.log(`  row ${p.row ?? '-'}${p.column ? `, ${p.column}` : ''}: ${p.problem}`);
  }
}

process.env.OUTBOX_INTERVAL_MS = '0';
const database = await openDatabase(() => undefined);
let exitCode = 1;
try {
  const dataSource = await prepareDatabase(database.url, { seed: false, log: () => undefined });
  try {
    const vocabularies = new VocabularyService(new VocabularyQueries(dataSource));
    const service = new ImportService(dataSource, vocabularies, new VocabularyAdminService(dataSource, new VocabularyQueries(dataSource)));
    const started = Date.now();
    const report = await service.import(source, {
      dryRun: values['dry-run'] ?? false,
      createMissing: values['create-missing'] ?? false,
      separator,
      actor: { accountId: null, displayName: `Import via de opdrachtregel (${os.userInfo().username})` },
      onProgress,
    });
    bar.stop();
    print(report);
    if (!values.json) console.log(`Took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    exitCode = report.ok ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
} catch (error) {
  bar.stop();
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  await database.stop();
}
process.exit(exitCode);
