import type { Response } from 'express';
import { answerHeaders } from '../http/stream-response.js';

/** Sends a JSON export as a dated download (`<name>-YYYY-MM-DD.json`), never cached. */
export function sendJsonDownload(res: Response, name: string, body: unknown): void {
  const date = new Date().toISOString().slice(0, 10);
  answerHeaders(res, { contentType: 'application/json; charset=utf-8', cacheControl: 'no-store', filename: `${name}-${date}.json` });
  res.json(body);
}
