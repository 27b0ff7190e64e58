import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { StoredFileNotFoundError, type ByteRange } from './file-storage.js';
import type { S3Location } from './s3-url.js';
import { checkRange, MeasuringStream, releaseBody, type StorageBackend, type WrittenBytes } from './storage-backend.js';

/** S3's smallest part; one part is filled while the one before is sent, so about 10 MiB per upload at most. */
const PART_BYTES = 5 * 1024 * 1024;

export function createS3Client(location: S3Location): S3Client {
  return new S3Client({
    endpoint: location.endpoint,
    region: location.region,
    forcePathStyle: true,
    credentials: { accessKeyId: location.accessKeyId, secretAccessKey: location.secretAccessKey },
    // The store hashes every file itself (sha256); the SDK's default extra checksums are not
    // understood by every S3-compatible server.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** Bytes in an S3 bucket, one object per file named by its key (path-style addressing). */
export class S3Backend implements StorageBackend {
  readonly name = 's3' as const;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async write(key: string, body: Readable, maxBytes: number): Promise<WrittenBytes> {
    const measuring = new MeasuringStream(maxBytes);
    let failure: unknown;
    measuring.once('error', (error) => (failure = error));
    body.once('error', (error) => measuring.destroy(error));
    body.pipe(measuring);
    // Parts go one at a time, so the body is read only as fast as S3 takes it.
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: measuring },
      partSize: PART_BYTES,
      queueSize: 1,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      // A multipart upload is aborted by lib-storage itself (leavePartsOnError: false); a
      // single-part one never started: it is sent only once its body has ended.
      throw failure ?? error;
    } finally {
      releaseBody(body, measuring);
    }
    return measuring.digest();
  }

  async read(key: string, size: number, range?: ByteRange): Promise<Readable> {
    checkRange(range, size);
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      const body = answer.Body as Readable;
      if (!range) return body;
      // Not every S3-compatible server honours every range (s3rver reads "bytes=0-0" as "bytes=0-"):
      // cut out what was asked from what came.
      const from = /^bytes (\d+)-/.exec(answer.ContentRange ?? '')?.[1];
      const window = new ByteWindow(body, range.start - (from === undefined ? 0 : Number(from)), range.end - range.start + 1);
      body.once('error', (error) => window.destroy(error));
      return body.pipe(window);
    } catch (error) {
      if (error instanceof NoSuchKey) throw new StoredFileNotFoundError(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}

/** Drops the first `skip` bytes of `source`, passes the next `length`, then ends (and stops the source). */
class ByteWindow extends Transform {
  constructor(
    private readonly source: Readable,
    private skip: number,
    private length: number,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.length === 0) return callback();
    const from = Math.min(this.skip, chunk.length);
    this.skip -= from;
    const piece = chunk.subarray(from, from + this.length);
    this.length -= piece.length;
    if (piece.length) this.push(piece);
    if (this.length === 0) {
      this.push(null);
      this.source.unpipe(this);
      this.source.destroy();
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    callback(this.length > 0 || this.skip > 0 ? new Error('The S3 server sent fewer bytes than the range asked for') : null);
  }
}
