import { Controller, Get, HttpCode, HttpStatus, Inject, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { FOLLOW_PATHS } from '#domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { HttpErrorFilter } from '../http/http-error.filter.js';
import { countMutation } from '../rate-limits/mutation-limit.js';
import { PostgresRateLimitStorage } from '../rate-limits/postgres-rate-limit.storage.js';
import type { UnsubscribePreview } from './follow.model.js';
import { FollowingService } from './following.service.js';

const tokenOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The one-click unsubscribe of follow mails (RFC 8058), named in their List-Unsubscribe header:
 * - `POST /api/unsubscribe?token=…` (a mail client sends the body `List-Unsubscribe=One-Click`)
 *   ends what the token names, without a session or CSRF header: the token is the authority,
 *   and ending a follow twice is harmless. 200 `{ unsubscribed: { kind, label } }`, or 400
 *   BAD_USER_INPUT with reason TOKEN_INVALID. Counted per client address like a visitor's mutations.
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
  async unsubscribe(@Query('token') token: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ unsubscribed: UnsubscribePreview }> {
    res.setHeader('Cache-Control', 'no-store');
    await countMutation(this.rateLimits, this.config.rateLimits, `ip:${req.ip ?? 'unknown'}`);
    return { unsubscribed: await this.following.unsubscribe(tokenOf(token)) };
  }

  @Get()
  page(@Query('token') token: unknown, @Res() res: Response): void {
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(HttpStatus.SEE_OTHER, `${FOLLOW_PATHS.unsubscribePage}?token=${encodeURIComponent(tokenOf(token))}`);
  }
}
