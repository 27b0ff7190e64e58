import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { INSTITUTION_SIGN_IN_FAILURES as FAILURES } from '#domain';
import { SessionsService, hashToken } from '../sessions.service.js';
import { OidcAccountsService, type SignedInAccount } from './oidc-accounts.service.js';
import { OidcClientService } from './oidc-client.service.js';
import { OidcFailure } from './oidc-failure.js';
import { OidcQueries } from './oidc.queries.js';

/** A sign-in under way lives this long: the person signs in at the institution in between. */
export const PENDING_TTL_MS = 10 * 60 * 1000;

/**
 * Sign-in with the institution: keeps each sign-in under way server-side (found by the hash of an
 * httpOnly cookie's random token, used once); at the callback checks the provider's answer, finds or
 * makes the account (OidcAccountsService) and starts the app's ordinary session.
 */
@Injectable()
export class OidcSignInService {
  constructor(
    private readonly client: OidcClientService,
    private readonly queries: OidcQueries,
    private readonly identities: OidcAccountsService,
    private readonly sessions: SessionsService,
  ) {}

  /** Starts a sign-in: returns the provider's URL and the token for this browser's cookie. */
  async begin(redirectUri: string, returnPath: string): Promise<{ url: URL; token: string }> {
    const { pending, url } = await this.client.begin(redirectUri, returnPath);
    const token = randomBytes(32).toString('base64url');
    await this.queries.savePending(hashToken(token), pending, PENDING_TTL_MS);
    return { url, token };
  }

  /** The callback: checks everything, signs in, and returns where to go. The sign-in under way is used up either way. */
  async finish(token: string | undefined, callbackUrl: URL, req: Request, res: Response): Promise<{ returnPath: string; account: SignedInAccount }> {
    const pending = token ? await this.queries.takePending(hashToken(token)) : undefined;
    if (!pending) throw new OidcFailure(FAILURES.EXPIRED, 'no sign-in under way for this browser (no cookie, used, or over)');
    let account: SignedInAccount;
    try {
      account = await this.identities.accountFor(await this.client.finish(callbackUrl, pending));
    } catch (error) {
      if (error instanceof OidcFailure) error.returnPath = pending.returnPath;
      throw error;
    }
    await this.sessions.end(req, res, false);
    await this.sessions.start(account.id, res);
    return { returnPath: pending.returnPath, account };
  }
}
