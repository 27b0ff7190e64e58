import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { FilesStore } from './files-store.js';
import { S3ObjectRemoval } from './s3-object-removal.js';

/** A store whose deletes fail `failures` times per key first. */
function flakyStore(failures: number): { store: FilesStore; deleted: string[] } {
  const tries = new Map<string, number>();
  const deleted: string[] = [];
  const store = {
    delete: async (key: string) => {
      const n = (tries.get(key) ?? 0) + 1;
      tries.set(key, n);
      if (n <= failures) throw new Error('S3 is away');
      deleted.push(key);
    },
  } as unknown as FilesStore;
  return { store, deleted };
}

describe('S3ObjectRemoval', () => {
  let errors: string[];
  beforeEach(() => {
    jest.useFakeTimers();
    errors = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void errors.push(String(message)));
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('deletes at once when it can', async () => {
    const { store, deleted } = flakyStore(0);
    await new S3ObjectRemoval(store).afterCommit(['a', 'b']);
    expect(deleted).toEqual(['a', 'b']);
  });

  it('retries a failed delete in the background until it works', async () => {
    const { store, deleted } = flakyStore(2);
    await new S3ObjectRemoval(store).afterCommit(['a']);
    expect(deleted).toEqual([]);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(deleted).toEqual([]);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(deleted).toEqual(['a']);
    expect(errors).toEqual([]);
  });

  it('names the keys it gives up on, after the retries or at shutdown', async () => {
    const { store } = flakyStore(99);
    await new S3ObjectRemoval(store).afterCommit(['a']);
    await jest.advanceTimersByTimeAsync(700_000);
    expect(errors).toEqual([expect.stringMatching(/4 attempts failed.*delete them by hand: a$/)]);
    const stopping = new S3ObjectRemoval(store);
    await stopping.afterCommit(['b']);
    stopping.onApplicationShutdown();
    expect(errors[1]).toMatch(/app stopped before the retry.*: b$/);
  });
});
