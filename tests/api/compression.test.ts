import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import express from 'express';
import { compress } from '../../apps/api/src/http/compress.js';
import { streamAnswer } from '../../apps/api/src/http/stream-response.js';
import { baseOf, pdfLike, uploadEdition } from '../support/files.js';
import { createInstrument } from '../support/instrument-builder.js';
import { signedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Brotli/gzip on the API's answers (apps/api/src/http/compress.ts), read over raw HTTP so the
 * encoding and the bytes on the wire are seen as sent (fetch would decode them). Needs `npm run build`.
 */
interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as sent. */
  wire: Buffer;
  /** Decoded by content-encoding. */
  body: Buffer;
}

function decode(wire: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'br') return zlib.brotliDecompressSync(wire);
  if (encoding === 'gzip') return zlib.gunzipSync(wire);
  if (encoding) throw new Error(`unexpected content-encoding ${encoding}`);
  return wire;
}

function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const wire = Buffer.concat(chunks);
        resolve({ status: res.statusCode!, headers: res.headers, wire, body: decode(wire, res.headers['content-encoding']) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const varies = (raw: Raw) => String(raw.headers.vary ?? '').split(/\s*,\s*/).map((v) => v.toLowerCase());

describe('compression on the real app', () => {
  let app: TestApp;
  let origin: string;

  beforeAll(async () => {
    app = await startTestApp();
    origin = baseOf(app);
  });
  afterAll(() => app?.close());

  it('sends a rendered page as brotli or gzip when asked, plain when not, the same HTML each way', async () => {
    const html = { accept: 'text/html' };
    const br = await request(`${origin}/`, { headers: { ...html, 'accept-encoding': 'gzip, deflate, br' } });
    const gzip = await request(`${origin}/`, { headers: { ...html, 'accept-encoding': 'gzip' } });
    const plain = await request(`${origin}/`, { headers: html });
    expect([br.status, gzip.status, plain.status]).toEqual([200, 200, 200]);
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const raw of [br, gzip, plain]) {
      expect(raw.headers['content-type']).toMatch(/^text\/html/);
      expect(varies(raw)).toEqual(expect.arrayContaining(['cookie', 'accept-encoding']));
    }
    const text = plain.body.toString('utf8');
    expect(text).toContain('id="__APOLLO_STATE__"');
    // The page from the read cache is the same whichever way it travels; only the wire differs.
    expect(br.body.toString('utf8')).toBe(text);
    expect(gzip.body.toString('utf8')).toBe(text);
    expect(br.wire.length).toBeLessThan(plain.wire.length / 3);
    expect(gzip.wire.length).toBeLessThan(plain.wire.length / 2);
  });

  it('compresses a GraphQL answer, and leaves it plain for a client that does not ask', async () => {
    const body = JSON.stringify({ query: '{ instruments(first: 20) { edges { node { slug title summary } } } }' });
    const headers = { 'content-type': 'application/json' };
    const gzip = await request(`${origin}/graphql`, { method: 'POST', headers: { ...headers, 'accept-encoding': 'gzip' }, body });
    const plain = await request(`${origin}/graphql`, { method: 'POST', headers, body });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(varies(gzip)).toContain('accept-encoding');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const answer = JSON.parse(gzip.body.toString('utf8')) as { data: { instruments: { edges: unknown[] } } };
    expect(answer.data.instruments.edges).toHaveLength(20);
    expect(gzip.body.equals(plain.body)).toBe(true);
  });

  it('compresses the web app’s hashed scripts, but not a byte range of one', async () => {
    const manifest = JSON.parse(await readFile(path.resolve('dist/web/.vite/manifest.json'), 'utf8')) as Record<string, { file: string; isEntry?: boolean }>;
    const entry = Object.values(manifest).find((chunk) => chunk.isEntry && chunk.file.endsWith('.js'))!;
    const url = `${origin}/${entry.file}`;
    const whole = await request(url, { headers: { 'accept-encoding': 'br' } });
    expect(whole.status).toBe(200);
    expect(whole.headers['content-encoding']).toBe('br');
    const plain = await request(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(whole.body.equals(plain.body)).toBe(true);

    const part = await request(url, { headers: { 'accept-encoding': 'br, gzip', range: 'bytes=10-109' } });
    expect(part.status).toBe(206);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.headers['content-range']).toBe(`bytes 10-109/${plain.body.length}`);
    expect(part.wire.equals(plain.body.subarray(10, 110))).toBe(true);
  });

  it('leaves file downloads alone: a range is the stored bytes, 206, without content-encoding', async () => {
    const curator = await signedIn(app, 'CURATOR');
    const { slug } = await createInstrument(app, curator);
    // Compressible bytes after the PDF signature, so only the rule for files keeps them plain.
    const bytes = Buffer.concat([pdfLike(16), Buffer.alloc(200_000, 'stream BT /F1 12 Tf (tekst) Tj ET endstream\n')]);
    const upload = await uploadEdition(app, slug, { title: 'Werkvorm', versionLabel: 'v1' }, { name: 'werkvorm.pdf', bytes }, curator);
    expect(upload.status).toBe(201);
    const url = `${origin}${upload.body.edition!.downloadUrl}`;

    const part = await request(url, { headers: { 'accept-encoding': 'br, gzip', range: 'bytes=1000-1999' } });
    expect(part.status).toBe(206);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.headers['content-range']).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(part.headers['content-length']).toBe('1000');
    expect(part.wire.equals(bytes.subarray(1000, 2000))).toBe(true);

    const whole = await request(url, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(whole.status).toBe(200);
    expect(whole.headers['content-encoding']).toBeUndefined();
    expect(whole.headers['content-length']).toBe(String(bytes.length));
    expect(whole.wire.equals(bytes)).toBe(true);
  });

  it('compresses the CSV export and the sitemap to the same text as sent plain', async () => {
    for (const route of ['/export/instruments.csv', '/export/instruments.json', '/sitemap.xml']) {
      const br = await request(`${origin}${route}`, { headers: { 'accept-encoding': 'br' } });
      const plain = await request(`${origin}${route}`);
      expect([route, br.status, br.headers['content-encoding']]).toEqual([route, 200, 'br']);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(br.body.toString('utf8')).toBe(plain.body.toString('utf8'));
    }
  });
});

describe('a streamed answer through the compression', () => {
  /**
   * A body that stops half-way until the client has bytes: if the compression held the answer
   * back until its end, the client would never see any and the test would time out.
   */
  async function firstBytesBeforeTheEnd(encoding: 'br' | 'gzip'): Promise<void> {
    let clientHasBytes!: () => void;
    const received = new Promise<void>((resolve) => (clientHasBytes = resolve));
    const half = randomBytes(300_000).toString('hex');
    const server = express()
      .use(compress())
      .get('/export', (_req, res) => {
        async function* body(): AsyncGenerator<string> {
          for (let i = 0; i < half.length; i += 16_384) yield half.slice(i, i + 16_384);
          await received;
          yield 'einde\n';
        }
        void streamAnswer(res, { contentType: 'text/csv; charset=utf-8', cacheControl: 'no-store' }, body(), new Logger('test'), 'test');
      })
      .listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const raw = await new Promise<Raw>((resolve, reject) => {
        http
          .get(`http://127.0.0.1:${port}/export`, { headers: { 'accept-encoding': encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => {
              chunks.push(chunk);
              clientHasBytes();
            });
            res.on('end', () => {
              const wire = Buffer.concat(chunks);
              resolve({ status: res.statusCode!, headers: res.headers, wire, body: decode(wire, res.headers['content-encoding']) });
            });
          })
          .on('error', reject);
      });
      expect(raw.headers['content-encoding']).toBe(encoding);
      expect(raw.body.toString('utf8')).toBe(`${half}einde\n`);
    } finally {
      server.close();
    }
  }

  it('sends gzip blocks while the body is still being made', () => firstBytesBeforeTheEnd('gzip'), 20_000);
  it('sends brotli blocks while the body is still being made', () => firstBytesBeforeTheEnd('br'), 20_000);
});
