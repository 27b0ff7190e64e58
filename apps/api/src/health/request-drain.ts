import type { Server } from 'node:http';
import net from 'node:net';
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
  /** Responses of the requests in flight, to mark `Connection: close` once draining. */
  private readonly responses = new Set<Response>();
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
    this.responses.add(res);
    let counted = true;
    const done = () => {
      if (!counted) return;
      counted = false;
      this.inFlight--;
      this.responses.delete(res);
      if (this.inFlight === 0) for (const resolve of this.waiting) resolve();
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };

  /**
   * Stops taking connections and requests, then waits for those in flight, at most
   * `timeoutMs`; after that the remaining connections are cut. Returns how many were cut.
   *
   * Open keep-alive connections are not closed under a client: one that sends a request on an
   * idle connection just as the server closes it meets a reset socket. Instead every response
   * from now on says `Connection: close` (a new request gets the 503 above), and idle
   * connections end on their keep-alive timeout, as they always do.
   */
  async drain(server: Server, timeoutMs: number): Promise<number> {
    this.draining = true;
    const deadline = Date.now() + timeoutMs;
    // net.Server's close, not http.Server's, which would also close the idle connections at once.
    const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
    for (const res of this.responses) if (!res.headersSent) res.setHeader('Connection', 'close');
    if (this.inFlight > 0) await this.until(new Promise<void>((resolve) => this.waiting.add(resolve)), deadline);
    const abandoned = this.inFlight;
    if (abandoned === 0) await this.until(closed, Math.min(deadline, Date.now() + server.keepAliveTimeout + 1000));
    server.closeAllConnections();
    return abandoned;
  }

  /** `event`, or the deadline if that comes first. */
  private async until(event: Promise<void>, deadline: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([event, new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))))]);
    clearTimeout(timer);
  }
}
