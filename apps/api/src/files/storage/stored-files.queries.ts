import { Injectable } from '@nestjs/common';
import { sqlRow, sqlRows, sqlRun, type Db } from '../../database/typed-sql.js';
import type { StorageBackendName, StoredFile } from './file-storage.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keys are UUIDs (they name S3 objects too). */
export const isStoredFileKey = (key: string): boolean => UUID.test(key);
const COLUMNS = `key, storage, size::float8 AS size, sha256, content_type AS "contentType"`;

/** The metadata rows of `stored_files`. */
@Injectable()
export class StoredFilesQueries {
  async find(db: Db, key: string, lock = false): Promise<StoredFile | null> {
    if (!isStoredFileKey(key)) return null;
    const row = await sqlRow<StoredFile>(db, `SELECT ${COLUMNS} FROM stored_files WHERE key = $1${lock ? ' FOR UPDATE' : ''}`, [key]);
    return row ?? null;
  }

  async insert(db: Db, file: StoredFile): Promise<void> {
    await sqlRun(db, `INSERT INTO stored_files (key, storage, size, sha256, content_type) VALUES ($1, $2, $3, $4, $5)`, [
      file.key,
      file.storage,
      file.size,
      file.sha256,
      file.contentType,
    ]);
  }

  async delete(db: Db, key: string): Promise<void> {
    await sqlRun(db, `DELETE FROM stored_files WHERE key = $1`, [key]);
  }

  async setStorage(db: Db, key: string, storage: StorageBackendName): Promise<void> {
    await sqlRun(db, `UPDATE stored_files SET storage = $2 WHERE key = $1`, [key, storage]);
  }

  /** Files not in `storage`, oldest first, after `afterKey` in (created_at, key) order. */
  async notIn(db: Db, storage: StorageBackendName, limit: number, after?: { createdAt: string; key: string }): Promise<(StoredFile & { createdAt: string })[]> {
    return sqlRows(
      db,
      `SELECT ${COLUMNS}, created_at::text AS "createdAt" FROM stored_files
       WHERE storage <> $1 AND ($2::timestamptz IS NULL OR (created_at, key) > ($2::timestamptz, $3::uuid))
       ORDER BY created_at, key LIMIT $4`,
      [storage, after?.createdAt ?? null, after?.key ?? null, limit],
    );
  }

  async countNotIn(db: Db, storage: StorageBackendName): Promise<{ files: number; bytes: number }> {
    const row = await sqlRow<{ files: number; bytes: number }>(
      db,
      `SELECT count(*)::int AS files, coalesce(sum(size), 0)::float8 AS bytes FROM stored_files WHERE storage <> $1`,
      [storage],
    );
    return row ?? { files: 0, bytes: 0 };
  }
}
