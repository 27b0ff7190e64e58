import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ACCOUNT_REASONS, ACCOUNT_TOKEN_TTL_MS, type AccountTokenPurpose } from '#domain';
import { DomainError } from '../common/domain-error.js';
import { sqlRow, sqlRun, type Db } from '../database/typed-sql.js';
import { hashToken } from './sessions.service.js';

export interface UsedToken {
  accountId: string;
  purpose: AccountTokenPurpose;
  email: string;
}

export const invalidToken = () =>
  new DomainError(
    'BAD_USER_INPUT',
    'Deze link is ongeldig, al gebruikt of verlopen. (This link is invalid, used or expired.)',
    ['token'],
    { reason: ACCOUNT_REASONS.tokenInvalid },
  );

/** Single-use links sent by mail: a random token in the link, only its SHA-256 hash in the database. */
@Injectable()
export class AccountTokens {
  /** A new link for this purpose; earlier unused ones of the same purpose stop working. */
  async issue(db: Db, accountId: string, purpose: AccountTokenPurpose, email: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await sqlRun(db, `UPDATE account_tokens SET used_at = now() WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL`, [accountId, purpose]);
    await sqlRun(
      db,
      `INSERT INTO account_tokens (account_id, purpose, token_hash, email, expires_at)
       VALUES ($1, $2, $3, $4, now() + $5 * interval '1 millisecond')`,
      [accountId, purpose, hashToken(token), email, ACCOUNT_TOKEN_TTL_MS[purpose]],
    );
    return token;
  }

  /** The unused, unexpired token of one of these purposes, without using it up; undefined otherwise. */
  peek(db: Db, token: string, purposes: AccountTokenPurpose[]): Promise<UsedToken | undefined> {
    return sqlRow<UsedToken>(
      db,
      `SELECT account_id AS "accountId", purpose, email FROM account_tokens
       WHERE token_hash = $1 AND purpose = ANY($2::account_token_purpose[]) AND used_at IS NULL AND expires_at > now()`,
      [hashToken(token), purposes],
    );
  }

  /** Uses a token up, once: a second use (also at the same moment) gets BAD_USER_INPUT on `token`. */
  async use(db: Db, token: string, purposes: AccountTokenPurpose[]): Promise<UsedToken> {
    const row = await sqlRow<UsedToken>(
      db,
      `UPDATE account_tokens SET used_at = now()
       WHERE token_hash = $1 AND purpose = ANY($2::account_token_purpose[]) AND used_at IS NULL AND expires_at > now()
       RETURNING account_id AS "accountId", purpose, email`,
      [hashToken(token), purposes],
    );
    if (!row) throw invalidToken();
    return row;
  }
}
