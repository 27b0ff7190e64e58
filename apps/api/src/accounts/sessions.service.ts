import { createHash, randomBytes } from 'node:crypto';
import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { Db } from '../database/typed-sql.js';
import { AccountsQueries } from './accounts.queries.js';
import type { Viewer } from './viewer.js';

export const SESSION_COOKIE = 'nlc_session';
/** Sliding expiry: a session lives this long after its last renewal. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
/** Renew (write) at most this often, not on every request. */
export const SESSION_RENEW_AFTER_MS = 10 * 60 * 1000;
/** Renewals due are written together, this long after the first of them, off the requests' path. */
const RENEWAL_BATCH_MS = 100;

/** Sessions and mailed links store only this hash of their random token. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function sessionCookieOptions(): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    path: '/',
    maxAge: SESSION_TTL_MS,
  };
}

@Injectable()
export class SessionsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(SessionsService.name);
  /** The viewer of each plain HTTP request, looked up once (the guard and the handler both ask). */
  private readonly viewers = new WeakMap<Request, Promise<Viewer | null>>();
  /** Sessions due for renewal, written by the next batch (a session in use is queued once). */
  private readonly dueRenewals = new Set<string>();
  private renewalTimer: NodeJS.Timeout | undefined;
  private renewing: Promise<void> = Promise.resolve();

  constructor(
    private readonly queries: AccountsQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `authenticate`, once per request: for HTTP routes outside GraphQL (export, import). */
  viewerOf(req: Request, res: Response): Promise<Viewer | null> {
    let viewer = this.viewers.get(req);
    if (!viewer) {
      viewer = this.authenticate(req, res);
      this.viewers.set(req, viewer);
    }
    return viewer;
  }

  /** Starts a session with a new random token and sets its cookie. */
  async start(accountId: string, res: Response, db?: Db): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const id = await this.queries.startSession(db, accountId, hashToken(token), SESSION_TTL_MS);
    res.cookie(SESSION_COOKIE, token, sessionCookieOptions());
    return id;
  }

  /**
   * The viewer of a request's cookie, renewing the session when due; null for a visitor. In
   * production a session of a demo account (one a development start made) is no session. The
   * renewal's write does not hold up the request: it joins the next batch (`renewDue`), and the
   * cookie is re-sent at once.
   */
  async authenticate(req: Request, res: Response): Promise<Viewer | null> {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;
    const session = await this.queries.sessionViewer(hashToken(token), SESSION_RENEW_AFTER_MS, this.config.production);
    if (!session) {
      res.clearCookie(SESSION_COOKIE, { ...sessionCookieOptions(), maxAge: undefined });
      return null;
    }
    if (session.due) {
      this.queueRenewal(session.sessionId);
      res.cookie(SESSION_COOKIE, token, sessionCookieOptions());
    }
    return {
      sessionId: session.sessionId,
      accountId: session.accountId,
      displayName: session.displayName,
      role: session.role,
      emailVerified: session.emailVerified,
    };
  }

  private queueRenewal(sessionId: string): void {
    this.dueRenewals.add(sessionId);
    this.renewalTimer ??= setTimeout(() => void this.renewDue(), RENEWAL_BATCH_MS);
  }

  /**
   * Writes the queued renewals in one statement. A failed write (the database away) only leaves
   * those sessions due: their next request queues them again, long before they expire.
   */
  renewDue(): Promise<void> {
    clearTimeout(this.renewalTimer);
    this.renewalTimer = undefined;
    const ids = [...this.dueRenewals];
    this.dueRenewals.clear();
    if (!ids.length) return this.renewing;
    this.renewing = this.renewing
      .then(() => this.queries.renewSessions(ids, SESSION_TTL_MS))
      .then(
        () => undefined,
        (error: unknown) => this.logger.warn(`Renewing ${ids.length} session(s) failed: ${String(error)}`),
      );
    return this.renewing;
  }

  /** Renewals still queued are written before the app (and its pool) closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.renewDue();
  }

  /** Revokes the request's session, if any, and clears its cookie (unless a new one follows). */
  async end(req: Request, res: Response, clearCookie = true): Promise<void> {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && token) {
      await this.queries.revokeSession(hashToken(token));
    }
    if (clearCookie) res.clearCookie(SESSION_COOKIE, { ...sessionCookieOptions(), maxAge: undefined });
  }
}
