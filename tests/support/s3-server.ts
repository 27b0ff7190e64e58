import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

export interface TestS3Server {
  /** The app's S3_URL for this server's bucket. */
  url: string;
  bucket: string;
  /** The keys of the objects in the bucket. */
  keys(): Promise<string[]>;
  /** How many multipart uploads were aborted. */
  abortedUploads(): number;
  /** Every file s3rver keeps on disk (objects, their metadata, parts of unfinished multipart uploads). */
  filesOnDisk(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * A real S3-compatible server (s3rver) on a random localhost port, in the test process, keeping
 * its objects in a fresh temporary folder with one bucket; `close` stops it and removes the folder.
 */
export async function startS3Server(bucket = 'nlc-files'): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'nlc-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  // s3rver 3 has no AbortMultipartUpload (it answers as if the object were deleted and keeps the
  // parts); this does what S3 does, so a test can see that an aborted upload leaves nothing.
  let abortedUploads = 0;
  server.middleware.unshift(async (ctx, next) => {
    const uploadId = ctx.query.uploadId;
    if (ctx.method !== 'DELETE' || typeof uploadId !== 'string' || !/^[\w-]+$/.test(uploadId)) return next();
    await rm(path.join(directory, bucket, '._S3rver_uploads', uploadId), { recursive: true, force: true });
    abortedUploads++;
    ctx.status = 204;
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver accepts any key pair; these are its documented defaults.
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  return {
    url: `http://S3RVER:S3RVER@127.0.0.1:${port}/${bucket}`,
    bucket,
    async keys() {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
        keys.push(...(page.Contents ?? []).map((o) => o.Key!));
        token = page.NextContinuationToken;
      } while (token);
      return keys.sort();
    },
    abortedUploads: () => abortedUploads,
    async filesOnDisk() {
      const entries = await readdir(directory, { recursive: true, withFileTypes: true });
      return entries.filter((e) => e.isFile()).map((e) => path.relative(directory, path.join(e.parentPath, e.name)));
    },
    async close() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
