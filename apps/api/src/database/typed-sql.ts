import type { DataSource, EntityManager } from 'typeorm';

/**
 * SQL with typed rows, for the query classes (`*.queries.ts`). TypeORM's entities describe the
 * schema for migrations; reads and writes are SQL here, in one query class per feature, with an
 * interface per row shape. Services hold rules and transactions and call the query classes.
 */
export type Db = DataSource | EntityManager;

/** TypeORM's postgres driver answers UPDATE and DELETE as [rows, rowCount], other commands as rows. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/** The rows of a statement (a SELECT, or a write with RETURNING). */
export async function sqlRows<T>(db: Db, sql: string, parameters: readonly unknown[] = []): Promise<T[]> {
  return rowsOf<T>(await db.query(sql, [...parameters]));
}

/** The first row, or undefined when there is none. */
export async function sqlRow<T>(db: Db, sql: string, parameters: readonly unknown[] = []): Promise<T | undefined> {
  return (await sqlRows<T>(db, sql, parameters))[0];
}

/** The number of rows an UPDATE or DELETE changed (an INSERT counts only with RETURNING). */
export async function sqlRun(db: Db, sql: string, parameters: readonly unknown[] = []): Promise<number> {
  const result: unknown = await db.query(sql, [...parameters]);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[1];
  return Array.isArray(result) ? result.length : 0;
}
