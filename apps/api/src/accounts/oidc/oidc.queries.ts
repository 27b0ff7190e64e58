import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlRow, sqlRun, type Db } from '../../database/typed-sql.js';

/** A sign-in under way: what the callback must check, kept server-side for one browser. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnPath: string;
}

/** What the sign-in needs of an account. */
export interface IdentityAccountRow {
  id: string;
  demo: boolean;
  /** Disabled by an admin (issue #20.5): refused like a demo account in production. */
  disabled: boolean;
}

/**
 * The SQL of single sign-on: sign-ins under way (`oidc_sign_ins`), linked identities
 * (`account_identities`), and the two statements on `accounts` it needs (kept here rather than in
 * AccountsQueries, which the accounts feature owns and is changing).
 */
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
       RETURNING a.id, a.demo, a.disabled_at IS NOT NULL AS disabled`,
      [issuer, subject],
    );
  }

  /** By the normalised e-mail address. */
  accountByEmail(email: string): Promise<IdentityAccountRow | undefined> {
    return sqlRow<IdentityAccountRow>(this.dataSource, `SELECT id, demo, disabled_at IS NOT NULL AS disabled FROM accounts WHERE email = $1`, [email]);
  }

  /**
   * A new MEMBER (the role's default); a unique violation when the address has an account meanwhile.
   * Its address counts as confirmed (issue #20.2) only when the provider said `email_verified: true`.
   */
  async insertMember(db: Db, email: string, displayName: string, passwordHash: string, emailVerified: boolean): Promise<string> {
    const row = await sqlRow<{ id: string }>(
      db,
      `INSERT INTO accounts (email, display_name, password_hash, email_verified_at)
       VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END) RETURNING id`,
      [email, displayName, passwordHash, emailVerified],
    );
    return row!.id;
  }

  async link(db: Db, accountId: string, issuer: string, subject: string): Promise<void> {
    await sqlRun(db, `INSERT INTO account_identities (account_id, issuer, subject) VALUES ($1, $2, $3)`, [accountId, issuer, subject]);
  }
}
