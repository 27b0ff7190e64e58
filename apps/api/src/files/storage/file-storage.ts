import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';

/** Where a stored file's bytes live; the metadata row (`stored_files`) is in PostgreSQL for both. */
export const STORAGE_BACKENDS = ['postgres', 's3'] as const;
export type StorageBackendName = (typeof STORAGE_BACKENDS)[number];

/** One stored object: the metadata row of `stored_files`. */
export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
  contentType: string;
  storage: StorageBackendName;
}

/** A byte range, both ends inclusive (as in an HTTP Range header). */
export interface ByteRange {
  start: number;
  end: number;
}

export interface PutOptions {
  /** More bytes than this rejects with FileTooLargeError, and nothing is left behind. */
  maxBytes: number;
  contentType: string;
}

/** The body was longer than `maxBytes`; the write was undone. */
export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes`);
    this.name = 'FileTooLargeError';
  }
}

/** No stored file has this key (or its bytes are gone from the backend). */
export class StoredFileNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored file ${key}`);
    this.name = 'StoredFileNotFoundError';
  }
}

/** The one storage interface of the app (FilesStore implements it; see files-store.ts). */
export interface FileStorage {
  /**
   * Streams `body` in (never whole in memory), computing size and sha256 on the way. With
   * `manager`, the metadata (and the postgres backend's chunks) are written in that transaction.
   * On a stream error or more than `maxBytes` it leaves nothing behind and rejects
   * (FileTooLargeError for the latter).
   */
  put(body: Readable, options: PutOptions, manager?: EntityManager): Promise<StoredFile>;
  /** The bytes, or only those of `range` (end inclusive); rejects with StoredFileNotFoundError when the key is unknown. */
  get(key: string, range?: ByteRange): Promise<Readable>;
  stat(key: string): Promise<StoredFile | null>;
  delete(key: string, manager?: EntityManager): Promise<void>;
}
