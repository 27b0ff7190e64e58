/**
 * The plans on file: for a handful of representative questions, the SQL the app really sends
 * (read from its bench statement log, apps/api/src/bench/statement-count.ts) and the plan
 * PostgreSQL makes for it at bench size, as EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, BUFFERS OFF,
 * SUMMARY OFF) with the same parameters and connection settings. Written as Markdown without
 * timings, costs or memory figures, so a diff of the file shows plan changes only.
 */
import pg from 'pg';
import { dataSourceOptions } from '#database';
import type { LoggedStatement } from '../../apps/api/src/bench/statement-count.js';
import { facetVariables, listVariables, webBody, webOperation, type Question } from './questions.js';
import { CATALOGUE_VARIABLES, COMMON_TERM, INSTRUMENT_QUERY, type Fixtures } from './workloads.js';
import { RARE_TERM, TYPO_TERM } from './words.js';

interface PlanQuestion {
  title: string;
  body: string;
}

async function planQuestions(fixtures: Fixtures): Promise<PlanQuestion[]> {
  const [list, facets] = await Promise.all([webOperation('CatalogueInstruments'), webOperation('CatalogueFacets')]);
  const ask = (search: string | null, filter: Record<string, string[]> = {}): Question => ({
    search,
    filter,
    sort: search ? 'RELEVANCE' : 'USABLE_FIRST',
    pages: 1,
  });
  const threeFacets = CATALOGUE_VARIABLES.W2.filter as Record<string, string[]>;
  return [
    { title: 'Browse: the first page, no search, USABLE_FIRST (the default)', body: webBody(list, listVariables(ask(null))) },
    { title: `Common word: "${COMMON_TERM}"`, body: webBody(list, listVariables(ask(COMMON_TERM))) },
    { title: `Rare word: "${RARE_TERM}"`, body: webBody(list, listVariables(ask(RARE_TERM))) },
    { title: `Typo: "${TYPO_TERM}"`, body: webBody(list, listVariables(ask(TYPO_TERM))) },
    { title: `Two words, one filter: "leiderschap rubric", phase EVALUATE`, body: webBody(list, listVariables(ask('leiderschap rubric', { phases: ['EVALUATE'] }))) },
    { title: 'Three facets (phase, sector, type), NEWEST', body: webBody(list, listVariables({ ...ask(null, threeFacets), sort: 'NEWEST' })) },
    { title: `Page ${fixtures.deepPage} by cursor, USABLE_FIRST`, body: webBody(list, listVariables(ask(null), fixtures.deepCursor)) },
    { title: 'Facet counts, no search', body: webBody(facets, facetVariables(ask(null))) },
    { title: `Facet counts for the common word "${COMMON_TERM}"`, body: webBody(facets, facetVariables(ask(COMMON_TERM))) },
    { title: 'Instrument page (the most-rated instrument)', body: JSON.stringify({ query: INSTRUMENT_QUERY, variables: { slug: fixtures.popularSlugs[0] } }) },
  ];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const IS_UUID = new RegExp(`^${UUID.source}$`, 'i');

/**
 * The statements one request made the app send (the read cache's version check left out), and the
 * app's errors when it did not answer (e.g. a statement timeout): the plans are written all the same.
 */
async function statementsOf(origin: string, body: string): Promise<{ statements: LoggedStatement[]; errors: string | null }> {
  const read = async (since?: number) =>
    (await (await fetch(`${origin}/__bench/sql-statements${since === undefined ? '' : `?since=${since}`}`, { headers: { accept: 'application/json' } })).json()) as {
      count: number;
      statements?: LoggedStatement[];
    };
  const { count } = await read();
  // An extra, unused variable: the read cache (when on) cannot answer it, so the SQL runs.
  const parsed = JSON.parse(body) as { variables?: Record<string, unknown> };
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ ...parsed, variables: { ...parsed.variables, benchPlan: Date.now() } }),
  });
  const text = await response.text();
  const errors = !response.ok || text.includes('"errors":[') ? `HTTP ${response.status}: ${text.slice(0, 300)}` : null;
  const { statements = [] } = await read(count);
  // Field resolvers send their loaders' statements concurrently, in an order that varies between
  // runs; sorted by their SQL, the file only changes when the statements or their plans do.
  return {
    errors,
    statements: statements
      .filter((s) => !/\bcache_version\b/.test(s.sql))
      .map((s) => ({ s, key: `${s.sql}\n${JSON.stringify(s.parameters)}` }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ s }) => s),
  };
}

/** Leading indentation common to all lines removed, trailing spaces dropped. */
function dedent(sql: string): string {
  const lines = sql.replace(/\s+$/gm, '').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  const indent = Math.min(...lines.slice(1).filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length), Infinity);
  return [lines[0].trim(), ...lines.slice(1).map((l) => l.slice(Number.isFinite(indent) ? indent : 0))].join('\n');
}

/** A parameter for the file: UUIDs (random per generated dataset) as `<uuid>`, long lists by length. */
function shownParameter(value: unknown): string {
  if (Array.isArray(value) && value.some((v) => typeof v === 'string' && IS_UUID.test(v))) return `[${value.length} × <uuid>]`;
  if (Array.isArray(value) && value.length > 20) return `[${value.length} values]`;
  return JSON.stringify(value).replace(UUID, '<uuid>');
}

/**
 * The plan without what changes between identical runs: memory, disk and heap-block figures,
 * workers launched, and row counts under a Gather (each worker's share depends on timing).
 * Row counts elsewhere stay (`rows=N`, and `loops=M` when a node ran more than once).
 */
export function stablePlan(lines: string[]): string[] {
  const out: string[] = [];
  let gatherIndent: number | null = null;
  let skipIndent: number | null = null;
  for (const raw of lines) {
    const indent = /^ */.exec(raw)![0].length;
    if (skipIndent !== null && indent > skipIndent) continue;
    skipIndent = null;
    if (/^\s*(JIT|Planning|Execution Time|Planning Time):?/.test(raw)) {
      skipIndent = indent;
      continue;
    }
    if (/^\s*(Workers Launched|Heap Blocks|Buffers|Worker \d+):/.test(raw)) continue;
    const isNode = /^\s*(->\s+)?[A-Z][A-Za-z ]+(\s+(on|using)\s|\s*\(|$)/.test(raw) && raw.includes('(actual');
    if (isNode && gatherIndent !== null && indent <= gatherIndent) gatherIndent = null;
    const inParallel = gatherIndent !== null && indent > gatherIndent;
    let line = raw
      .replace(UUID, '<uuid>')
      .replace(/\{(?:<uuid>,)*<uuid>\}/g, (list) => `{${list.split(',').length} × <uuid>}`)
      .replace(/\s+(Peak )?Memory( Usage)?: \d+kB/g, '')
      .replace(/\s+(Average|Peak) Memory: \d+kB/g, '')
      .replace(/\s+Disk( Usage)?: \d+kB/g, '');
    line = line.replace(/\(actual rows=(\d+) loops=(\d+)\)/, (_m, rows: string, loops: string) =>
      inParallel ? '' : loops === '1' ? `(rows=${rows})` : `(rows=${rows} loops=${loops})`,
    );
    if (inParallel && /^\s*Rows Removed by/.test(line)) continue;
    if (/^\s*(->\s+)?Gather( Merge)?\b/.test(raw)) gatherIndent = indent;
    out.push(line.replace(/\s+$/, ''));
  }
  return out;
}

/** Runs the questions against the app and explains every SELECT it sent; returns the Markdown. */
export async function capturePlans(origin: string, databaseUrl: string, fixtures: Fixtures, instruments: number): Promise<string> {
  const extra = (dataSourceOptions(databaseUrl) as { extra: pg.PoolConfig }).extra;
  const client = new pg.Client({ connectionString: databaseUrl, ...extra });
  await client.connect();
  try {
    const { rows: version } = await client.query<{ server_version: string }>('SHOW server_version');
    const out = [
      `# Plans of the catalogue's statements at ${instruments.toLocaleString('en')} instruments`,
      '',
      'Written by `npm run bench` (`tests/bench/plans.ts`); do not edit. For each question: the SQL the app sent',
      '(from its bench statement log; the read cache is bypassed; in alphabetical order, as loaders run concurrently), its parameters (UUIDs as `<uuid>`, long',
      `arrays by length) and PostgreSQL ${version[0].server_version.split(' ')[0]}'s plan with the app's connection settings:`,
      '`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, BUFFERS OFF, SUMMARY OFF)`, memory figures, workers launched and',
      'row counts under a Gather left out, so the file changes when a plan does.',
    ];
    // A statement with the same SQL, parameters and plan as one above is named, not repeated.
    const written = new Map<string, string>();
    for (const question of await planQuestions(fixtures)) {
      const { statements, errors } = await statementsOf(origin, question.body);
      out.push('', `## ${question.title}`, '', `${statements.length} statement${statements.length === 1 ? '' : 's'}.`);
      if (errors) out.push('', `The app answered with errors: \`${errors.replace(/`/g, "'")}\``);
      for (const [i, statement] of statements.entries()) {
        const sql = dedent(statement.sql);
        const parameters = statement.parameters.map((p, n) => `$${n + 1} = ${shownParameter(p)}`).join(', ');
        const plan = /^\s*(SELECT|WITH)\b/i.test(statement.sql)
          ? await client
              .query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, BUFFERS OFF, SUMMARY OFF) ${statement.sql}`, statement.parameters)
              .then(({ rows }) => stablePlan(rows.map((r) => r['QUERY PLAN'])).join('\n'))
              .catch((error: unknown) => `(EXPLAIN failed: ${error instanceof Error ? error.message : String(error)})`)
          : '(not a read: not explained)';
        const heading = `${question.title.split(':')[0]}, statement ${i + 1}`;
        const key = `${sql}\n${parameters}\n${plan}`;
        const earlier = written.get(key);
        if (earlier) {
          out.push('', `### ${i + 1}. As ${earlier}`, '', `\`${sql.split('\n')[0].slice(0, 90)}…\``);
          continue;
        }
        written.set(key, heading);
        out.push('', `### ${i + 1}.`, '', '```sql', sql, '```');
        if (parameters) out.push('', `Parameters: ${parameters}`);
        out.push('', '```', plan, '```');
      }
    }
    return out.join('\n');
  } finally {
    await client.end();
  }
}
