/**
 * The baseline for W1–W4: a bare node:http + pg server that sends the same SQL as the app and
 * answers the same JSON, without Nest, Apollo, GraphQL execution or TypeORM. "The same SQL" is
 * guaranteed by calling the app's own query builders (CatalogueQueries, the vocabulary and
 * loader classes) on a plain pg pool; the runner checks that both answers are equal.
 *
 * Run as its own process: DATABASE_URL=… PORT=… node dist/tests/bench/baseline-server.js
 */
import http from 'node:http';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { dataSourceOptions } from '#database';
import { CatalogueQueries } from '../../apps/api/src/catalogue/catalogue.queries.js';
import { InstrumentDetailsLoaderFactory } from '../../apps/api/src/catalogue/instrument-details.loader.js';
import { InstrumentDetailsQueries } from '../../apps/api/src/catalogue/instrument-details.queries.js';
import type { InstrumentsArgs } from '../../apps/api/src/catalogue/instruments.args.js';
import { InstrumentsService } from '../../apps/api/src/catalogue/instruments.service.js';
import { RatingsQueries } from '../../apps/api/src/ratings/ratings.queries.js';
import { RatingLoaderFactory } from '../../apps/api/src/ratings/rating.loaders.js';
import { SearchUnderstandingService } from '../../apps/api/src/search/search-understanding.service.js';
import { SearchWordsQueries } from '../../apps/api/src/search/search-words.queries.js';
import { VocabularyQueries } from '../../apps/api/src/vocabularies/vocabulary.queries.js';
import { VocabularyService } from '../../apps/api/src/vocabularies/vocabulary.service.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const extra = (dataSourceOptions(url) as { extra: pg.PoolConfig }).extra;
const pool = new pg.Pool({ connectionString: url, ...extra });
let statements = 0;

/** Just enough of a DataSource for the query classes: `query` returning rows, and itself as `manager`. */
const query = async (sql: string, params?: unknown[]) => {
  statements++;
  return (await pool.query(sql, params)).rows;
};
const db = { query, manager: { query } } as unknown as DataSource;

const queries = new CatalogueQueries(db);
const service = new InstrumentsService(queries, new SearchUnderstandingService(new SearchWordsQueries(db)));
const vocabularies = new VocabularyService(new VocabularyQueries(db));
const details = new InstrumentDetailsLoaderFactory(new InstrumentDetailsQueries(db), queries);
const ratings = new RatingLoaderFactory(new RatingsQueries(db));

const pick = (t: { code: string; labelNl: string; labelEn: string }) => ({ code: t.code, labelNl: t.labelNl, labelEn: t.labelEn });

async function catalogue(variables: Record<string, unknown>): Promise<unknown> {
  const vocabulary = await vocabularies.snapshot();
  const args = { first: 20, ...variables } as InstrumentsArgs;
  const connection = await service.list(args, vocabulary);
  const ids = connection.edges.map((e) => e.node.id);
  // One batch each, as the app's DataLoaders do.
  const termLoader = details.create().termIds;
  const summaryLoader = ratings.create(async () => null).ratingSummary;
  const [terms, summaries] = await Promise.all([termLoader.loadMany(ids), summaryLoader.loadMany(ids)]);
  return {
    data: {
      instruments: {
        totalCount: connection.totalCount,
        pageInfo: connection.pageInfo,
        edges: connection.edges.map(({ cursor, node }, i) => {
          const own = terms[i] as { phase: number[] };
          const summary = summaries[i] as { average: number | null; count: number };
          const phases = new Set(own.phase);
          return {
            cursor,
            node: {
              id: node.id,
              slug: node.slug,
              title: node.title,
              summary: node.summary,
              status: node.status,
              type: pick(vocabulary.termById('type', node.typeId)!),
              phases: vocabulary.terms.phase.filter((t) => phases.has(t.id)).map(pick),
              ratingSummary: { average: summary.average, count: summary.count },
            },
          };
        }),
      },
    },
  };
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/__bench/sql-statements') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ count: statements }));
    return;
  }
  if (req.method !== 'POST' || req.url !== '/graphql') {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    void (async () => {
      try {
        const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: Record<string, unknown> };
        const payload = JSON.stringify(await catalogue(variables ?? {}));
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
        res.end(payload);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: error instanceof Error ? (error.stack ?? error.message) : String(error) }] }));
      }
    })();
  });
});

server.listen(Number(process.env.PORT ?? 3001), '127.0.0.1', () => {
  console.log(`baseline listening on ${(server.address() as { port: number }).port}`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
