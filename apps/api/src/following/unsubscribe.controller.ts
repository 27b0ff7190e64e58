import { Controller, Get, HttpCode, HttpStatus, Inject, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { FOLLOW_PATHS, FOLLOW_REASONS, UNSUBSCRIBED_PARAM } from '#domain';
import { DomainError } from '../common/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { HttpErrorFilter } from '../http/http-error.filter.js';
import { countMutation } from '../rate-limits/mutation-limit.js';
import { PostgresRateLimitStorage } from '../rate-limits/postgres-rate-limit.storage.js';
import { FollowingService } from './following.service.js';

const tokenOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The unsubscribe page for a token, saying it is done when a browser's form has just ended it. */
const pageOf = (token: string, done: boolean): string =>
  `${FOLLOW_PATHS.unsubscribePage}?token=${encodeURIComponent(token)}${done ? `&${UNSUBSCRIBED_PARAM}=1` : ''}`;

/**
 * A person's browser submitting the unsubscribe page's form (without JavaScript): it navigates and
 * prefers HTML. A mail client's one-click POST (RFC 8058) does neither and gets JSON.
 */
const fromBrowserForm = (req: Request): boolean => req.get('sec-fetch-dest') === 'document' || req.accepts(['json', 'html']) === 'html';

const isInvalidToken = (error: unknown): boolean => error instanceof DomainError && error.details.reason === FOLLOW_REASONS.tokenInvalid;

/**
 * The one-click unsubscribe of follow mails (RFC 8058), named in their List-Unsubscribe header:
 * - `POST /api/unsubscribe?token=…` (a mail client sends the body `List-Unsubscribe=One-Click`)
 *   ends what the token names, without a session or CSRF header: the token is the authority,
 *   and ending a follow twice is harmless. 200 `{ unsubscribed: { kind, label } }`, or 400
 *   BAD_USER_INPUT with reason TOKEN_INVALID. Counted per client address like a visitor's mutations.
 *   A browser's form post (the page without JavaScript) is sent back to the page instead (303): with
 *   `afgemeld=1` when it worked, without when the token is refused (the page then says so).
 * - `GET` changes nothing (link scanners follow links): it redirects to the web page, which asks.
 */
@Controller(FOLLOW_PATHS.unsubscribeApi.slice(1))
@UseFilters(HttpErrorFilter)
export class UnsubscribeController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly following: FollowingService,
    private readonly rateLimits: PostgresRateLimitStorage,
  ) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  async unsubscribe(@Query('token') value: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    await countMutation(this.rateLimits, this.config.rateLimits, `ip:${req.ip ?? 'unknown'}`);
    const token = tokenOf(value);
    if (!fromBrowserForm(req)) {
      res.json({ unsubscribed: await this.following.unsubscribe(token) });
      return;
    }
    let done = true;
    try {
      await this.following.unsubscribe(token);
    } catch (error) {
      if (!isInvalidToken(error)) throw error;
      done = false;
    }
    res.redirect(HttpStatus.SEE_OTHER, pageOf(token, done));
  }

  @Get()
  page(@Query('token') token: unknown, @Res() res: Response): void {
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(HttpStatus.SEE_OTHER, pageOf(tokenOf(token), false));
  }
}
