import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '#domain';
import { sqlRow, sqlRun, type Db } from '../../database/typed-sql.js';

/** A sign-in under way: what the callback must check, kept server-side for one browser. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnPath: string;
}

/** The account a provider's identity is linked to. */
export interface IdentityAccountRow {
  id: string;
  displayName: string;
  role: Role;
  demo: boolean;
}

/** The SQL of single sign-on: sign-ins under way (`oidc_sign_ins`) and linked identities (`account_identities`). */
@Injectable()
export class OidcQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores a sign-in under way for `ttlMs`, and forgets those whose time is over. */
  async savePending(tokenHash: string, pending: PendingSignIn, ttlMs: number): Promise<void> {
    await sqlRun(this.dataSource, `DELETE FROM oidc_sign_ins WHERE expires_at < now()`);
    await sqlRun(
      this.dataSource,
      `INSERT INTO oidc_sign_ins (token_hash, state, nonce, code_verifier, return_path, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + $6 * interval '1 millisecond')`,
      [tokenHash, pending.state, pending.nonce, pending.codeVerifier, pending.returnPath, ttlMs],
    );
  }

  /** Takes (deletes) a sign-in under way, so a callback can use it once; undefined when unknown or over. */
  async takePending(tokenHash: string): Promise<PendingSignIn | undefined> {
    const row = await sqlRow<PendingSignIn & { live: boolean }>(
      this.dataSource,
      `DELETE FROM oidc_sign_ins WHERE token_hash = $1
       RETURNING state, nonce, code_verifier AS "codeVerifier", return_path AS "returnPath", expires_at > now() AS live`,
      [tokenHash],
    );
    if (!row?.live) return undefined;
    const { live: _, ...pending } = row;
    return pending;
  }

  /** The account linked to this identity, noting the sign-in. */
  accountOf(issuer: string, subject: string): Promise<IdentityAccountRow | undefined> {
    return sqlRow<IdentityAccountRow>(
      this.dataSource,
      `UPDATE account_identities i SET last_sign_in_at = now() FROM accounts a
       WHERE a.id = i.account_id AND i.issuer = $1 AND i.subject = $2
       RETURNING a.id, a.display_name AS "displayName", a.role, a.demo`,
      [issuer, subject],
    );
  }

  async link(db: Db, accountId: string, issuer: string, subject: string): Promise<void> {
    await sqlRun(db, `INSERT INTO account_identities (account_id, issuer, subject) VALUES ($1, $2, $3)`, [accountId, issuer, subject]);
  }
}
