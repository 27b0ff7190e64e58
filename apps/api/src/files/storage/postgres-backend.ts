import { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlRows, sqlRun } from '../../database/typed-sql.js';
import { StoredFileNotFoundError, type ByteRange } from './file-storage.js';
import { checkRange, MeasuringStream, releaseBody, type StorageBackend, type WrittenBytes } from './storage-backend.js';

/** The size of a chunk in stored_file_chunks (the CHECK on the table allows up to this). */
export const CHUNK_BYTES = 256 * 1024;
/** Chunks fetched per query while reading: 1 MiB. */
const CHUNKS_PER_READ = 4;

/**
 * Bytes in PostgreSQL: `stored_file_chunks` rows of 256 KiB, each inserted as it arrives, in the
 * caller's transaction. Reads fetch a few chunks per query, only when the reader asks for more.
 */
export class PostgresBackend implements StorageBackend {
  readonly name = 'postgres' as const;

  constructor(private readonly dataSource: DataSource) {}

  async write(key: string, body: Readable, maxBytes: number, manager: EntityManager): Promise<WrittenBytes> {
    const measuring = new MeasuringStream(maxBytes);
    // The body's error must reach the loop below; pipe() alone would not pass it on.
    body.once('error', (error) => measuring.destroy(error));
    body.pipe(measuring);
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const insert = async (data: Buffer) => {
      await sqlRun(manager, `INSERT INTO stored_file_chunks (key, seq, data) VALUES ($1, $2, $3)`, [key, seq++, data]);
    };
    try {
      for await (const piece of measuring as AsyncIterable<Buffer>) {
        let rest = piece;
        while (pendingBytes + rest.length >= CHUNK_BYTES) {
          const take = CHUNK_BYTES - pendingBytes;
          pending.push(rest.subarray(0, take));
          rest = rest.subarray(take);
          const chunk = Buffer.concat(pending, CHUNK_BYTES);
          pending = [];
          pendingBytes = 0;
          await insert(chunk);
        }
        if (rest.length) {
          pending.push(rest);
          pendingBytes += rest.length;
        }
      }
      if (pendingBytes) await insert(Buffer.concat(pending, pendingBytes));
    } finally {
      releaseBody(body, measuring);
    }
    return measuring.digest();
  }

  read(key: string, size: number, range?: ByteRange): Promise<Readable> {
    checkRange(range, size);
    const start = range?.start ?? 0;
    const end = range?.end ?? size - 1;
    return Promise.resolve(Readable.from(this.chunks(key, start, end), { objectMode: false, highWaterMark: CHUNK_BYTES }));
  }

  /** Bytes start..end (inclusive) in pieces of at most a chunk; a missing chunk fails the stream. */
  private async *chunks(key: string, start: number, end: number): AsyncGenerator<Buffer> {
    if (end < start) return;
    const first = Math.floor(start / CHUNK_BYTES);
    const last = Math.floor(end / CHUNK_BYTES);
    for (let from = first; from <= last; from += CHUNKS_PER_READ) {
      const to = Math.min(from + CHUNKS_PER_READ - 1, last);
      const rows = await sqlRows<{ seq: number; data: Buffer }>(
        this.dataSource,
        `SELECT seq, data FROM stored_file_chunks WHERE key = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq`,
        [key, from, to],
      );
      if (rows.length !== to - from + 1) throw new StoredFileNotFoundError(key);
      for (const { seq, data } of rows) {
        const offset = seq * CHUNK_BYTES;
        const sliceStart = Math.max(start - offset, 0);
        const sliceEnd = Math.min(end - offset + 1, data.length);
        yield sliceStart === 0 && sliceEnd === data.length ? data : data.subarray(sliceStart, sliceEnd);
      }
    }
  }

  async remove(key: string, manager: EntityManager): Promise<void> {
    await sqlRun(manager, `DELETE FROM stored_file_chunks WHERE key = $1`, [key]);
  }
}
