import { createHash, type Hash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { FileTooLargeError, type ByteRange, type StorageBackendName } from './file-storage.js';

/** What a backend learnt while writing: the size and sha256 (hex) of the bytes. */
export interface WrittenBytes {
  size: number;
  sha256: string;
}

/**
 * Where the bytes go; the metadata row is FilesStore's. `write` leaves nothing behind when it
 * rejects (FileTooLargeError over `maxBytes`, or the body's own error).
 */
export interface StorageBackend {
  readonly name: StorageBackendName;
  /** `manager`: the transaction the bytes are written in, when the backend writes to PostgreSQL. */
  write(key: string, body: Readable, maxBytes: number, manager: EntityManager): Promise<WrittenBytes>;
  /** The bytes of a file of `size` bytes, or of `range` within it. */
  read(key: string, size: number, range?: ByteRange): Promise<Readable>;
  remove(key: string, manager: EntityManager): Promise<void>;
}

/**
 * Passes bytes through while counting and hashing them; more than `maxBytes` fails the stream
 * with FileTooLargeError, before the extra bytes go on.
 */
export class MeasuringStream extends Transform {
  private readonly hash: Hash = createHash('sha256');
  // Not `size`: lib-storage takes a body's `size` for its length.
  private counted = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.counted += chunk.length;
    if (this.counted > this.maxBytes) {
      callback(new FileTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  /** Call once, after the stream has ended. */
  digest(): WrittenBytes {
    return { size: this.counted, sha256: this.hash.digest('hex') };
  }
}

/** Checks a range against a file's size; end is inclusive. */
export function checkRange(range: ByteRange | undefined, size: number): void {
  if (!range) return;
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start || end >= size) {
    throw new RangeError(`Byte range ${start}-${end} is not within a file of ${size} bytes`);
  }
}

/**
 * After a write, whether it worked or not: the body no longer feeds `into`; what it has left
 * (after a refusal) is read and dropped, so a multipart parser behind it can go on.
 * Ending the request itself is the HTTP layer's choice.
 */
export function releaseBody(body: Readable, into: MeasuringStream): void {
  body.unpipe(into);
  if (!body.readableEnded && !body.destroyed) body.resume();
}
