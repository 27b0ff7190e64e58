import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { StoredFileNotFoundError, type ByteRange, type FileStorage, type PutOptions, type StoredFile } from './file-storage.js';
import { StorageBackends } from './storage-backends.js';
import { isStoredFileKey, StoredFilesQueries } from './stored-files.queries.js';

/**
 * The app's file store: writes to the configured backend (S3 when S3_URL is set, else PostgreSQL)
 * and reads from the backend recorded in each file's metadata row.
 */
@Injectable()
export class FilesStore implements FileStorage {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly backends: StorageBackends,
    private readonly queries: StoredFilesQueries,
  ) {}

  async put(body: Readable, options: PutOptions, manager?: EntityManager): Promise<StoredFile> {
    const backend = this.backends.current;
    const key = randomUUID();
    const file = (written: { size: number; sha256: string }): StoredFile => ({
      key,
      storage: backend.name,
      contentType: options.contentType,
      ...written,
    });
    if (backend.name === 'postgres') {
      // Within the caller's transaction this is a savepoint: a refusal undoes the chunks, not the caller's work.
      return (manager ?? this.dataSource.manager).transaction(async (em) => {
        const stored = file(await backend.write(key, body, options.maxBytes, em));
        await this.queries.insert(em, stored);
        return stored;
      });
    }
    // S3: no transaction is held open while the bytes travel; the row follows the object.
    const stored = file(await backend.write(key, body, options.maxBytes, manager ?? this.dataSource.manager));
    try {
      await this.queries.insert(manager ?? this.dataSource, stored);
    } catch (error) {
      await backend.remove(key, this.dataSource.manager).catch(() => undefined);
      throw error;
    }
    return stored;
  }

  /**
   * S3 only: the bytes, with no row and no database connection taken while they travel. The caller
   * writes the row with `record` in its own (short) transaction, and calls `delete` when that
   * transaction fails: without a row, `delete` removes the object.
   */
  async stage(body: Readable, options: PutOptions): Promise<StoredFile> {
    const s3 = this.backends.s3;
    if (!s3) throw new Error('Only the S3 backend stores bytes outside a transaction');
    const key = randomUUID();
    const written = await s3.write(key, body, options.maxBytes);
    return { key, storage: s3.name, contentType: options.contentType, ...written };
  }

  /** The metadata row of a staged file, in the caller's transaction. */
  record(manager: EntityManager, file: StoredFile): Promise<void> {
    return this.queries.insert(manager, file);
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const file = await this.stat(key);
    if (!file) throw new StoredFileNotFoundError(key);
    return this.backends.get(file.storage).read(key, file.size, range);
  }

  stat(key: string): Promise<StoredFile | null> {
    return this.queries.find(this.dataSource, key);
  }

  /**
   * Removes the row and the bytes; an unknown key is no error. With S3 the object is deleted right
   * after the row, before the caller's transaction (if any) commits. Without a row, an S3 object of
   * that key is still deleted: what a `put` left when the caller's transaction was rolled back.
   */
  async delete(key: string, manager?: EntityManager): Promise<void> {
    const db = manager ?? this.dataSource;
    const file = await this.queries.find(db, key);
    if (!file) {
      if (this.backends.s3 && isStoredFileKey(key)) await this.backends.s3.remove(key);
      return;
    }
    // stored_file_chunks go with the row (ON DELETE CASCADE).
    await this.queries.delete(db, key);
    if (file.storage === 's3') await this.backends.get('s3').remove(key, manager ?? this.dataSource.manager);
  }
}
