import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '@nestjs/common';
import type { Response } from 'express';

/** The headers of a streamed answer: its type, how long it may be cached and, for a download, the file's name. */
export interface StreamedAnswer {
  contentType: string;
  cacheControl: string;
  /** Sent as `Content-Disposition: attachment`. */
  filename?: string;
}

/** A 200 with the answer's headers; never sniffed as another type. */
export function answerHeaders(res: Response, answer: StreamedAnswer): void {
  res.status(200);
  res.setHeader('Content-Type', answer.contentType);
  if (answer.filename) res.setHeader('Content-Disposition', `attachment; filename="${answer.filename}"`);
  res.setHeader('Cache-Control', answer.cacheControl);
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

/**
 * How much of a streamed answer the compression (http/compress.ts) may hold before it must send
 * what it has: brotli otherwise keeps megabytes (a whole export) before its first block.
 */
export const FLUSH_BYTES = 64 * 1024;

/** Passes the body on unchanged and flushes a compressing response every FLUSH_BYTES. */
function flushing(res: Response): Transform {
  const flush = (res as { flush?: () => void }).flush?.bind(res);
  let unflushed = 0;
  return new Transform({
    transform(chunk: Buffer | string, _encoding, done) {
      // What went before this chunk: a flush is valid between any two writes, so its exact place only changes the block sizes.
      if (unflushed >= FLUSH_BYTES && flush && !res.writableEnded) {
        flush();
        unflushed = 0;
      }
      unflushed += chunk.length;
      done(null, chunk);
    },
  });
}

/**
 * Sends `body` as a 200 with backpressure: a slow client slows the reading, a client that goes
 * away stops it (and is no error). A failure after the first bytes cannot change the status any
 * more: it is logged and the connection is cut, so the client sees an incomplete answer, never a
 * complete-looking one. Compressed, it still leaves in blocks of at most about FLUSH_BYTES.
 */
export async function streamAnswer(
  res: Response,
  answer: StreamedAnswer,
  body: Readable | AsyncIterable<string | Buffer>,
  logger: Logger,
  what: string,
): Promise<void> {
  answerHeaders(res, answer);
  try {
    await pipeline(body instanceof Readable ? body : Readable.from(body), flushing(res), res);
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    logger.error(`${what} stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    res.destroy();
  }
}
