import type { Response } from 'express';

/** Sends a JSON export as a dated download (`<name>-YYYY-MM-DD.json`), never cached. */
export function sendJsonDownload(res: Response, name: string, body: unknown): void {
  const date = new Date().toISOString().slice(0, 10);
  res.status(200);
  res.setHeader('Content-Disposition', `attachment; filename="${name}-${date}.json"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.json(body);
}
