import type { DataSourceOptions, Logger, MixedList } from 'typeorm';
import { migrations } from '../../../migrations/index.js';

/** Minimum word similarity for a typo match on titles ("rubirc" ~ "rubric" is 0.43). */
export const WORD_SIMILARITY_THRESHOLD = 0.4;

type EntityList = MixedList<string | (abstract new (...args: never[]) => unknown)>;

/** The one DataSource definition, used by the app, the CLI scripts, the tests and the benchmark. */
export function dataSourceOptions(
  url: string,
  entities: EntityList = [],
  extra: { logger?: Logger } = {},
): DataSourceOptions {
  return {
    ...(extra.logger ? { logger: extra.logger } : {}),
    type: 'postgres',
    url,
    entities: entities as DataSourceOptions['entities'],
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      application_name: 'nlc-instrumenten',
      // The typo search (`<%`) uses this threshold, and only a connection setting keeps it
      // index-friendly; see TYPO_SIMILARITY in the catalogue queries.
      options: `-c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY_THRESHOLD}`,
    },
  };
}
