import type { DataSource, EntityManager } from 'typeorm';

/** Rows of an UPDATE … RETURNING; TypeORM's postgres driver answers those as [rows, rowCount]. */
export async function updateReturning<T>(db: DataSource | EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  const result: [T[], number] = await db.query(sql, parameters);
  return result[0];
}
