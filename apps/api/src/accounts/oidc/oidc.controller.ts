import { Controller, Get, Inject, Logger, Query, Req, Res } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { INSTITUTION_SIGN_IN, INSTITUTION_SIGN_IN_FAILURES as FAILURES } from '#domain';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../../config/app-config.js';
import { PostgresRateLimitStorage } from '../../rate-limits/postgres-rate-limit.storage.js';
import { OidcFailure, localReturnPath } from './oidc-failure.js';
import { OidcSignInService, PENDING_TTL_MS } from './oidc-sign-in.service.js';

/** The browser's part of a sign-in under way: a random token, only for the callback's path. */
const PENDING_COOKIE = 'nlc_oidc';
/** The sign-in rate limit's per-address counter (RateLimitInterceptor's `auth-ip`), shared with signIn. */
const AUTH_IP = 'auth-ip';

/**
 * Sign-in with the institution (OpenID Connect): `GET /api/auth/oidc/start?next=/pad` sends the
 * browser to the provider; `GET /api/auth/oidc/callback` comes back from it, starts a session and
 * redirects to `next`. Every failure redirects to the sign-in page with a code the page explains.
 * Registered only when OIDC_ISSUER is set. Both count against the sign-in rate limit per address,
 * and a sign-in that succeeds gives its two hits back, as a right password does.
 */
@Controller('api/auth/oidc')
export class OidcController {
  private readonly logger = new Logger('OIDC');
  private readonly settings: OidcConfig;

  constructor(
    private readonly signIn: OidcSignInService,
    private readonly rateLimits: PostgresRateLimitStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.settings = config.oidc!;
  }

  @Get('start')
  async start(@Query('next') next: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const returnPath = localReturnPath(next);
    try {
      await this.countAttempt(req);
      const { url, token } = await this.signIn.begin(this.redirectUri(req), returnPath);
      res.cookie(PENDING_COOKIE, token, this.pendingCookie());
      this.redirect(res, url.href);
    } catch (error) {
      this.fail(error, returnPath, res);
    }
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.clearCookie(PENDING_COOKIE, { ...this.pendingCookie(), maxAge: undefined });
    try {
      await this.countAttempt(req);
      const token: unknown = req.cookies?.[PENDING_COOKIE];
      const callbackUrl = new URL(this.redirectUri(req));
      callbackUrl.search = new URL(req.originalUrl, 'http://callback.invalid').search;
      const { returnPath, account } = await this.signIn.finish(typeof token === 'string' ? token : undefined, callbackUrl, req, res);
      this.logger.log(`Signed in account ${account.id} with the institution${account.created ? ' (new account)' : ''}`);
      await this.refundAttempts(req, 2);
      this.redirect(res, returnPath);
    } catch (error) {
      this.fail(error, error instanceof OidcFailure ? (error.returnPath ?? '/') : '/', res);
    }
  }

  /** The callback's address as registered at the provider: on APP_URL, else on this request's own. */
  private redirectUri(req: Request): string {
    return `${this.settings.appUrl ?? `${req.protocol}://${req.get('host')}`}${INSTITUTION_SIGN_IN.callbackPath}`;
  }

  private pendingCookie(): CookieOptions {
    // Lax: the provider's redirect back is a top-level GET from another site, which Lax lets through.
    return { httpOnly: true, sameSite: 'lax', secure: this.config.production, path: INSTITUTION_SIGN_IN.callbackPath, maxAge: PENDING_TTL_MS };
  }

  private async countAttempt(req: Request): Promise<void> {
    const { authPerIp, authWindowMs } = this.config.rateLimits;
    const record = await this.rateLimits.increment(`${AUTH_IP}:${req.ip ?? 'unknown'}`, authWindowMs, authPerIp, authWindowMs, AUTH_IP);
    if (record.isBlocked) throw new OidcFailure(FAILURES.TOO_MANY, `rate limit: blocked for ${record.timeToBlockExpire} s`);
  }

  private async refundAttempts(req: Request, hits: number): Promise<void> {
    for (let i = 0; i < hits; i++) await this.rateLimits.refund(`${AUTH_IP}:${req.ip ?? 'unknown'}`, AUTH_IP);
  }

  private redirect(res: Response, location: string): void {
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, location);
  }

  /** To the sign-in page with the failure's code (and where the person was going); the reason only in the log. */
  private fail(error: unknown, returnPath: string, res: Response): void {
    const failure = error instanceof OidcFailure ? error : undefined;
    if (failure) this.logger.warn(`Sign-in with the institution failed (${failure.code}): ${failure.message}`);
    else this.logger.error(`Sign-in with the institution failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const params = new URLSearchParams({ [INSTITUTION_SIGN_IN.failureParam]: failure?.code ?? FAILURES.FAILED });
    if (returnPath !== '/') params.set('terug', returnPath);
    this.redirect(res, `/inloggen?${params}`);
  }
}
