import { Readable } from 'node:stream';
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
 * Sends `body` as a 200 with backpressure: a slow client slows the reading, a client that goes
 * away stops it (and is no error). A failure after the first bytes cannot change the status any
 * more: it is logged and the connection is cut, so the client sees an incomplete answer, never a
 * complete-looking one.
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
    await pipeline(body instanceof Readable ? body : Readable.from(body), res);
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    logger.error(`${what} stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    res.destroy();
  }
}
