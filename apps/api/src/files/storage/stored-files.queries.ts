import { Injectable } from '@nestjs/common';
import { sqlRow, type Db } from '../../database/typed-sql.js';
import type { StoredFile } from './file-storage.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The metadata rows of `stored_files`. */
@Injectable()
export class StoredFilesQueries {
  async find(db: Db, key: string): Promise<StoredFile | null> {
    if (!UUID.test(key)) return null;
    const row = await sqlRow<StoredFile>(
      db,
      `SELECT key, storage, size::float8 AS size, sha256, content_type AS "contentType" FROM stored_files WHERE key = $1`,
      [key],
    );
    return row ?? null;
  }
}
