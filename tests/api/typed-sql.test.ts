import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '#database';
import { sqlRow, sqlRows, sqlRun } from '../../apps/api/src/database/typed-sql.js';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  await dataSource.query('CREATE TABLE typed_sql_probe (id int PRIMARY KEY, name text NOT NULL)');
});
afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

describe('typed SQL helpers', () => {
  it('answer rows the same way for SELECT, INSERT … RETURNING, UPDATE … RETURNING and DELETE … RETURNING', async () => {
    expect(await sqlRows<{ id: number }>(dataSource, `INSERT INTO typed_sql_probe VALUES (1, 'a'), (2, 'b') RETURNING id`)).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await sqlRows<{ name: string }>(dataSource, `UPDATE typed_sql_probe SET name = upper(name) WHERE id = $1 RETURNING name`, [2])).toEqual([{ name: 'B' }]);
    expect(await sqlRows<{ id: number; name: string }>(dataSource, 'SELECT id, name FROM typed_sql_probe ORDER BY id')).toEqual([
      { id: 1, name: 'a' },
      { id: 2, name: 'B' },
    ]);
    expect(await sqlRows(dataSource, 'DELETE FROM typed_sql_probe WHERE id = 1 RETURNING id')).toEqual([{ id: 1 }]);
  });

  it('gives the first row or undefined, and the rows a write changed, also inside a transaction', async () => {
    await dataSource.transaction(async (em) => {
      expect(await sqlRow<{ n: number }>(em, 'SELECT 41 + 1 AS n')).toEqual({ n: 42 });
      expect(await sqlRow(em, 'SELECT 1 WHERE false')).toBeUndefined();
      expect(await sqlRun(em, `UPDATE typed_sql_probe SET name = 'c' WHERE id > 0`)).toBe(1);
      expect(await sqlRun(em, 'DELETE FROM typed_sql_probe WHERE id = 99')).toBe(0);
    });
  });
});
