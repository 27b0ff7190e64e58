import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createTestDatabase, type TestDatabase } from '#database';
import { createDataSource } from '../../apps/api/src/database/data-source.js';
import { buildSchemaSdl } from '../../apps/api/src/graphql/print-schema.js';
import { createApp } from '../../apps/api/src/app.factory.js';
import { migrations } from '../../migrations/index.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

describe('migrations', () => {
  it('agree with the entities: the schema builder has nothing to change', async () => {
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    try {
      const sql = await dataSource.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('are all registered, in file order, with 13-digit timestamps', async () => {
    const files = (await readdir(path.resolve('migrations'))).filter((f) => /^\d+-.+\.ts$/.test(f)).sort();
    expect(files.length).toBeGreaterThan(0);
    expect(migrations.map((m) => m.name)).toEqual(
      files.map((f) => {
        const [, timestamp, name] = /^(\d{13})-(.+)\.ts$/.exec(f)!;
        return `${name}${timestamp}`;
      }),
    );
  });

  it('keep the status history append-only', async () => {
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    try {
      await expect(dataSource.query('UPDATE instrument_status_changes SET note = $1', ['x'])).resolves.toBeDefined();
      await dataSource.query(
        `INSERT INTO instrument_types (code, label_nl, label_en) VALUES ('T', 't', 't');
         INSERT INTO instruments (slug, title, summary, status, origin, type_id)
           VALUES ('a-b', 'Titel', 'Samenvatting', 'IDEA', 'NETWORK', (SELECT id FROM instrument_types WHERE code = 'T'));
         INSERT INTO instrument_status_changes (instrument_id, to_status, changed_by_name)
           SELECT id, 'IDEA', 'Test' FROM instruments WHERE slug = 'a-b';`,
      );
      await expect(dataSource.query('UPDATE instrument_status_changes SET note = $1', ['x'])).rejects.toThrow(/append-only/);
      await expect(dataSource.query('DELETE FROM instrument_status_changes')).rejects.toThrow(/append-only/);
    } finally {
      await dataSource.destroy();
    }
  });
});

describe('schema.gql', () => {
  it('is what the code-first schema prints (run `npm run schema:print > schema.gql` when it is not)', async () => {
    const committed = await readFile(path.resolve('schema.gql'), 'utf8');
    expect(await buildSchemaSdl()).toBe(committed);
  });

  it('matches the schema the running app serves', async () => {
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    const app = await createApp(dataSource, ['error']);
    await app.init();
    try {
      const schema = app.get(GraphQLSchemaHost).schema;
      expect(`${printSchema(lexicographicSortSchema(schema))}\n`).toBe(await readFile(path.resolve('schema.gql'), 'utf8'));
    } finally {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    }
  });
});
