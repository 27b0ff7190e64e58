import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Brotli (when the client accepts it; quality 4, compression's default) or gzip for what the API
 * sends that compresses: server-rendered pages and the shell, the web app's scripts and style
 * sheets, GraphQL and other JSON, CSV exports, robots.txt and the sitemap. Answers under 1 kB stay
 * as they are. `Vary: Accept-Encoding` on every compressible answer.
 *
 * Never touched:
 * - file downloads and previews (`/files/…`): PDFs, images and Office files are compressed already,
 *   and their Content-Length and byte ranges are the stored file's;
 * - any partial answer (206, or a Content-Range such as a 416's or express.static's ranges of an
 *   asset): a range is of the file's bytes, not of a compressed stream;
 * - server-sent events (`text/event-stream`), which must not wait for a compression block.
 *
 * Streamed answers (exports, the sitemap: http/stream-response.ts) stay streamed: each write goes
 * through the compressor with backpressure, so nothing is held whole in memory; bytes leave in
 * compressed blocks rather than per write.
 */
export function compress(): RequestHandler {
  return compression({ filter: shouldCompress });
}

export function shouldCompress(req: Request, res: Response): boolean {
  if (req.originalUrl.startsWith('/files/')) return false;
  if (res.statusCode === 206 || res.hasHeader('Content-Range')) return false;
  if (String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream')) return false;
  return compression.filter(req, res);
}
