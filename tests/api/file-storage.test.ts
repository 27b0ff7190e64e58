import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '#database';
import { loadConfig } from '../../apps/api/src/config/app-config.js';
import { createDataSource } from '../../apps/api/src/database/data-source.js';
import { FileTooLargeError, StoredFileNotFoundError, type StorageBackendName, type StoredFile } from '../../apps/api/src/files/storage/file-storage.js';
import { FilesMover } from '../../apps/api/src/files/storage/files-mover.js';
import { FilesStore } from '../../apps/api/src/files/storage/files-store.js';
import { CHUNK_BYTES } from '../../apps/api/src/files/storage/postgres-backend.js';
import { StorageBackends } from '../../apps/api/src/files/storage/storage-backends.js';
import { StoredFilesQueries } from '../../apps/api/src/files/storage/stored-files.queries.js';
import { startS3Server, type TestS3Server } from '../support/s3-server.js';

const MiB = 1024 * 1024;

let database: TestDatabase;
let dataSource: DataSource;
let s3: TestS3Server;
const stores = {} as Record<StorageBackendName, { store: FilesStore; backends: StorageBackends }>;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = createDataSource(database.url);
  await dataSource.initialize();
  s3 = await startS3Server();
  for (const [name, env] of [
    ['postgres', {}],
    ['s3', { S3_URL: s3.url }],
  ] as const) {
    const backends = new StorageBackends(dataSource, loadConfig(env));
    stores[name] = { store: new FilesStore(dataSource, backends, new StoredFilesQueries()), backends };
  }
});
afterAll(async () => {
  for (const { backends } of Object.values(stores)) backends.onModuleDestroy();
  await s3?.close();
  await dataSource?.destroy();
  await database?.drop();
});

/** The bytes in pieces of an awkward size, as a network would hand them over. */
function bodyOf(bytes: Buffer, piece = 100_003): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += piece) yield bytes.subarray(at, at + piece);
    })(),
    { objectMode: false },
  );
}

/** Hands over `bytes`, then fails as a dropped connection would. */
function failingBody(bytes: Buffer): Readable {
  return Readable.from(
    (async function* () {
      yield* bodyOf(bytes);
      throw new Error('connection lost');
    })(),
    { objectMode: false },
  );
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function leftovers() {
  const [{ files, chunks }] = await dataSource.query(
    `SELECT (SELECT count(*)::int FROM stored_files) AS files, (SELECT count(*)::int FROM stored_file_chunks) AS chunks`,
  );
  return { files, chunks, objects: await s3.keys(), onDisk: (await s3.filesOnDisk()).length };
}

async function clear() {
  for (const key of (await dataSource.query(`SELECT key FROM stored_files`)) as { key: string }[]) {
    const storage = ((await dataSource.query(`SELECT storage FROM stored_files WHERE key = $1`, [key.key])) as { storage: StorageBackendName }[])[0].storage;
    await stores[storage].store.delete(key.key);
  }
  expect(await leftovers()).toEqual({ files: 0, chunks: 0, objects: [], onDisk: 0 });
}

describe.each(['postgres', 's3'] as const)('the %s backend', (backend) => {
  const store = () => stores[backend].store;
  afterAll(clear);

  it.each([0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 5 * MiB])('keeps %i bytes byte for byte', async (size) => {
    const bytes = randomBytes(size);
    const file = await store().put(bodyOf(bytes), { maxBytes: 25 * MiB, contentType: 'application/pdf' });
    expect(file).toEqual({ key: expect.any(String), size, sha256: sha256(bytes), contentType: 'application/pdf', storage: backend });
    expect(await store().stat(file.key)).toEqual(file);
    expect((await buffer(await store().get(file.key))).equals(bytes)).toBe(true);
    const [{ chunks }] = await dataSource.query(`SELECT count(*)::int AS chunks FROM stored_file_chunks WHERE key = $1`, [file.key]);
    expect(chunks).toBe(backend === 'postgres' ? Math.ceil(size / CHUNK_BYTES) : 0);
    expect(await s3.keys()).toEqual(backend === 's3' ? expect.arrayContaining([file.key]) : []);
  });

  it('reads ranges: the first byte, the last byte, across chunks, a suffix, the whole', async () => {
    const bytes = randomBytes(3 * CHUNK_BYTES + 123);
    const { key, size } = await store().put(bodyOf(bytes), { maxBytes: 25 * MiB, contentType: 'image/png' });
    const read = async (start: number, end: number) => buffer(await store().get(key, { start, end }));
    expect(await read(0, 0)).toEqual(bytes.subarray(0, 1));
    expect(await read(size - 1, size - 1)).toEqual(bytes.subarray(size - 1));
    expect((await read(CHUNK_BYTES - 10, 2 * CHUNK_BYTES + 10)).equals(bytes.subarray(CHUNK_BYTES - 10, 2 * CHUNK_BYTES + 11))).toBe(true);
    expect((await read(size - 500, size - 1)).equals(bytes.subarray(size - 500))).toBe(true);
    expect((await read(0, size - 1)).equals(bytes)).toBe(true);
    await expect(store().get(key, { start: 10, end: size })).rejects.toThrow(RangeError);
    if (backend === 'postgres') {
      // Only the chunks a range covers are read: without chunks 0 and 3, bytes of chunks 1 and 2 still come.
      await dataSource.query(`DELETE FROM stored_file_chunks WHERE key = $1 AND seq IN (0, 3)`, [key]);
      expect((await read(CHUNK_BYTES, 3 * CHUNK_BYTES - 1)).equals(bytes.subarray(CHUNK_BYTES, 3 * CHUNK_BYTES))).toBe(true);
      await expect(read(0, size - 1)).rejects.toBeInstanceOf(StoredFileNotFoundError);
    }
  });

  it('refuses more than maxBytes and leaves nothing behind', async () => {
    await clear();
    await expect(store().put(bodyOf(randomBytes(MiB + 1)), { maxBytes: MiB, contentType: 'application/pdf' })).rejects.toEqual(new FileTooLargeError(MiB));
    expect(await leftovers()).toEqual({ files: 0, chunks: 0, objects: [], onDisk: 0 });
    // Past the first S3 part (5 MiB), so a multipart upload was under way.
    const aborted = s3.abortedUploads();
    await expect(store().put(bodyOf(randomBytes(7 * MiB)), { maxBytes: 6 * MiB, contentType: 'application/pdf' })).rejects.toBeInstanceOf(FileTooLargeError);
    expect(await leftovers()).toEqual({ files: 0, chunks: 0, objects: [], onDisk: 0 });
    expect(s3.abortedUploads()).toBe(backend === 's3' ? aborted + 1 : aborted);
  });

  it('leaves nothing behind when the body fails', async () => {
    await clear();
    for (const size of [600 * 1024, 6 * MiB]) {
      await expect(store().put(failingBody(randomBytes(size)), { maxBytes: 25 * MiB, contentType: 'application/pdf' })).rejects.toThrow('connection lost');
      expect(await leftovers()).toEqual({ files: 0, chunks: 0, objects: [], onDisk: 0 });
    }
  });

  it("writes in the caller's transaction: its rollback leaves nothing; a refusal undoes only the file", async () => {
    await clear();
    let key = '';
    await expect(
      dataSource.transaction(async (em) => {
        key = (await store().put(bodyOf(randomBytes(CHUNK_BYTES * 2)), { maxBytes: MiB, contentType: 'application/pdf' }, em)).key;
        throw new Error('the caller changed its mind');
      }),
    ).rejects.toThrow('the caller changed its mind');
    // The S3 object outlives the rolled-back row; the caller deletes it by its key.
    expect(await leftovers()).toMatchObject({ files: 0, chunks: 0, objects: backend === 's3' ? [key] : [] });
    await store().delete(key);
    expect(await leftovers()).toEqual({ files: 0, chunks: 0, objects: [], onDisk: 0 });

    const kept = await dataSource.transaction(async (em) => {
      await expect(store().put(bodyOf(randomBytes(MiB + 1)), { maxBytes: MiB, contentType: 'application/pdf' }, em)).rejects.toBeInstanceOf(FileTooLargeError);
      return store().put(bodyOf(Buffer.from('daarna')), { maxBytes: MiB, contentType: 'text/plain' }, em);
    });
    expect((await buffer(await store().get(kept.key))).toString()).toBe('daarna');
    expect(await leftovers()).toMatchObject({ files: 1, chunks: backend === 'postgres' ? 1 : 0 });
  });

  it('deletes the row and the bytes; an unknown key reads as not found', async () => {
    await clear();
    const { key } = await store().put(bodyOf(randomBytes(CHUNK_BYTES + 1)), { maxBytes: MiB, contentType: 'application/pdf' });
    await store().delete(key);
    expect(await leftovers()).toEqual({ files: 0, chunks: 0, objects: [], onDisk: 0 });
    expect(await store().stat(key)).toBeNull();
    await expect(store().get(key)).rejects.toBeInstanceOf(StoredFileNotFoundError);
    await expect(store().get('not-a-key')).rejects.toBeInstanceOf(StoredFileNotFoundError);
    await expect(store().delete(key)).resolves.toBeUndefined();
  });
});

describe('moving files between backends', () => {
  afterAll(clear);

  it('moves every file to S3 and back, keeping bytes and sha256, and can be run again', async () => {
    await clear();
    const originals = [0, 1, CHUNK_BYTES + 7, 6 * MiB].map((size) => randomBytes(size));
    const files: StoredFile[] = [];
    for (const bytes of originals) files.push(await stores.postgres.store.put(bodyOf(bytes), { maxBytes: 25 * MiB, contentType: 'application/pdf' }));
    const mover = new FilesMover(dataSource, stores.s3.backends, new StoredFilesQueries());
    const expectAll = async (storage: StorageBackendName) => {
      for (const [i, file] of files.entries()) {
        expect(await stores.s3.store.stat(file.key)).toEqual({ ...file, storage });
        expect((await buffer(await stores.s3.store.get(file.key))).equals(originals[i])).toBe(true);
      }
    };

    const seen: number[] = [];
    const toS3 = await mover.moveAll('s3', (p) => seen.push(p.files));
    expect(toS3).toEqual({ files: 4, bytes: originals.reduce((n, b) => n + b.length, 0), totalFiles: 4, totalBytes: originals.reduce((n, b) => n + b.length, 0) });
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    await expectAll('s3');
    expect(await leftovers()).toMatchObject({ files: 4, chunks: 0, objects: files.map((f) => f.key).sort() });
    expect(await mover.moveAll('s3')).toMatchObject({ files: 0, totalFiles: 0 });

    await mover.moveAll('postgres');
    await expectAll('postgres');
    expect(await leftovers()).toMatchObject({ files: 4, chunks: originals.reduce((n, b) => n + Math.ceil(b.length / CHUNK_BYTES), 0), objects: [] });
  });

  it('stops at a copy that does not match, leaving that file where it is; a second run goes on', async () => {
    await clear();
    const put = () => stores.postgres.store.put(bodyOf(randomBytes(1000)), { maxBytes: MiB, contentType: 'application/pdf' });
    const first = await put();
    const second = await put();
    await dataSource.query(`UPDATE stored_files SET sha256 = $2 WHERE key = $1`, [second.key, '0'.repeat(64)]);
    const mover = new FilesMover(dataSource, stores.s3.backends, new StoredFilesQueries());
    await expect(mover.moveAll('s3')).rejects.toThrow(new RegExp(`File ${second.key}: the copy's sha256 is ${second.sha256}`));
    expect(await leftovers()).toMatchObject({ files: 2, chunks: 1, objects: [first.key] });
    expect((await stores.postgres.store.stat(second.key))?.storage).toBe('postgres');

    await dataSource.query(`UPDATE stored_files SET sha256 = $2 WHERE key = $1`, [second.key, second.sha256]);
    expect(await mover.moveAll('s3')).toMatchObject({ files: 1, totalFiles: 1 });
    expect(await leftovers()).toMatchObject({ files: 2, chunks: 0, objects: [first.key, second.key].sort() });
  });
});
