import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import type { Logger } from '@nestjs/common';
import express from 'express';
import { streamAnswer } from './stream-response.js';

const CHUNK = 'x'.repeat(16 * 1024);

/** A server answering GET / with `body` through streamAnswer, and what it logged. */
async function serve(body: () => AsyncIterable<string>): Promise<{ url: string; errors: string[]; done: Promise<void> }> {
  const errors: string[] = [];
  const logger = { error: (message: string) => errors.push(message) } as unknown as Logger;
  let finished!: () => void;
  const done = new Promise<void>((resolve) => (finished = resolve));
  const app = express();
  app.get('/', (_req, res) => {
    void streamAnswer(res, { contentType: 'text/plain; charset=utf-8', cacheControl: 'no-store', filename: 'a.txt' }, body(), logger, 'Test').then(finished);
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, errors, done };
}

let server: http.Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe('streamAnswer', () => {
  it('reads no further ahead than the client takes, then sends everything with the download headers', async () => {
    let produced = 0;
    const { url, errors } = await serve(async function* () {
      for (let i = 0; i < 2000; i++) {
        produced++;
        yield CHUNK;
      }
    });
    const response = await fetch(url);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="a.txt"');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // The body is not read yet: socket buffers fill, and the generator waits (32 MB would be 2000 chunks).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(produced).toBeLessThan(500);
    expect((await response.text()).length).toBe(2000 * CHUNK.length);
    expect(errors).toEqual([]);
  });

  it('stops reading when the client goes away, and logs nothing', async () => {
    let stopped = false;
    const { url, errors, done } = await serve(async function* () {
      try {
        for (;;) yield CHUNK;
      } finally {
        stopped = true;
      }
    });
    const controller = new AbortController();
    const response = await fetch(url, { signal: controller.signal });
    await response.body!.getReader().read();
    controller.abort();
    await done;
    expect(stopped).toBe(true);
    expect(errors).toEqual([]);
  });

  it('cuts the answer and logs when the body fails after the first bytes', async () => {
    const { url, errors, done } = await serve(async function* () {
      yield CHUNK;
      throw new Error('the database went away');
    });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    await done;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Test stopped: Error: the database went away/);
  });
});
