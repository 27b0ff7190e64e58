import type { DataSource } from 'typeorm';
import type { StorageBackendName, StoredFile } from './file-storage.js';
import type { StorageBackends } from './storage-backends.js';
import type { StoredFilesQueries } from './stored-files.queries.js';

export interface MoveProgress {
  files: number;
  bytes: number;
  totalFiles: number;
  totalBytes: number;
}

/** The copy in the new backend does not have the bytes the metadata row says. */
export class MoveMismatchError extends Error {
  constructor(
    readonly key: string,
    expected: string,
    got: string,
  ) {
    super(`File ${key}: the copy's sha256 is ${got}, the file's is ${expected}; the file was left where it was`);
    this.name = 'MoveMismatchError';
  }
}

const BATCH = 100;

/**
 * Moves every stored file to one backend (npm run files:move): copies the bytes, checks their
 * sha256 against the row, records the new place and then removes the old copy. Each file is
 * done on its own, so an interrupted run is resumed by running it again.
 */
export class FilesMover {
  constructor(
    private readonly dataSource: DataSource,
    private readonly backends: StorageBackends,
    private readonly queries: StoredFilesQueries,
  ) {}

  async moveAll(to: StorageBackendName, onProgress?: (progress: MoveProgress) => void): Promise<MoveProgress> {
    this.backends.get(to);
    const total = await this.queries.countNotIn(this.dataSource, to);
    const progress: MoveProgress = { files: 0, bytes: 0, totalFiles: total.files, totalBytes: total.bytes };
    onProgress?.(progress);
    let after: { createdAt: string; key: string } | undefined;
    for (;;) {
      const batch = await this.queries.notIn(this.dataSource, to, BATCH, after);
      if (!batch.length) return progress;
      for (const file of batch) {
        await this.move(file, to);
        progress.files++;
        progress.bytes += file.size;
        onProgress?.(progress);
      }
      const last = batch[batch.length - 1];
      after = { createdAt: last.createdAt, key: last.key };
    }
  }

  /** One file; a file deleted or moved meanwhile is left to whoever did that. */
  async move(file: StoredFile, to: StorageBackendName): Promise<void> {
    const source = this.backends.get(file.storage);
    const target = this.backends.get(to);
    const check = (written: { sha256: string; size: number }) => {
      if (written.sha256 !== file.sha256 || written.size !== file.size) throw new MoveMismatchError(file.key, file.sha256, written.sha256);
    };
    if (target.name === 'postgres') {
      // Chunks, check and the row's new place commit together; only then does the S3 object go.
      const moved = await this.dataSource.transaction(async (em) => {
        const row = await this.queries.find(em, file.key, true);
        if (row?.storage !== source.name) return false;
        await target.remove(file.key, em);
        check(await target.write(file.key, await source.read(file.key, row.size), row.size, em));
        await this.queries.setStorage(em, file.key, to);
        return true;
      });
      if (moved) await source.remove(file.key, this.dataSource.manager);
      return;
    }
    // To S3: the object first (written again, whole, when a run was interrupted), then the row and the chunks.
    const written = await target.write(file.key, await source.read(file.key, file.size), file.size, this.dataSource.manager);
    try {
      check(written);
    } catch (error) {
      await target.remove(file.key, this.dataSource.manager);
      throw error;
    }
    await this.dataSource.transaction(async (em) => {
      const row = await this.queries.find(em, file.key, true);
      if (!row) {
        await target.remove(file.key, em);
        return;
      }
      if (row.storage !== source.name) return;
      await this.queries.setStorage(em, file.key, to);
      await source.remove(file.key, em);
    });
  }
}
