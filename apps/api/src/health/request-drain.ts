import type { Server } from 'node:http';
import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

export const RESTART_RETRY_AFTER_SECONDS = 5;

/**
 * Counts requests in flight and, once draining, refuses new ones: the first step of a
 * graceful shutdown (main.ts). Readiness reports 503 from that moment, so a load balancer
 * stops sending traffic here.
 */
@Injectable()
export class RequestDrain {
  private inFlight = 0;
  private draining = false;
  private server: Server | undefined;
  private readonly waiting = new Set<() => void>();

  get isDraining(): boolean {
    return this.draining;
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    if (this.draining) {
      res
        .status(503)
        .set({ Connection: 'close', 'Retry-After': String(RESTART_RETRY_AFTER_SECONDS) })
        .json({
          errors: [
            {
              message: 'De server wordt herstart. Probeer het zo opnieuw. (Server restarting)',
              extensions: { code: 'SERVICE_UNAVAILABLE', retryAfter: RESTART_RETRY_AFTER_SECONDS },
            },
          ],
        });
      return;
    }
    this.inFlight++;
    let counted = true;
    const done = () => {
      if (!counted) return;
      counted = false;
      this.inFlight--;
      // A keep-alive connection whose last response went out closes now, not on its idle timeout.
      if (this.draining) this.server?.closeIdleConnections();
      if (this.inFlight === 0) for (const resolve of this.waiting) resolve();
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };

  /**
   * Stops taking connections and requests, then waits for those in flight, at most
   * `timeoutMs`; after that the remaining connections are cut. Returns how many were cut.
   */
  async drain(server: Server, timeoutMs: number): Promise<number> {
    this.draining = true;
    this.server = server;
    server.close();
    server.closeIdleConnections();
    if (this.inFlight > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.waiting.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const abandoned = this.inFlight;
    server.closeAllConnections();
    return abandoned;
  }
}
