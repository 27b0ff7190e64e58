import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '#domain';
import { preparedQuery } from '../database/prepared-query.js';
import { sqlRow, sqlRows, sqlRun, type Db } from '../database/typed-sql.js';
import type { Account } from './account.model.js';

const ACCOUNT_COLUMNS = `id, email, display_name AS "displayName", role, created_at AS "createdAt",
  email_verified_at AS "emailVerifiedAt", disabled_at AS "disabledAt", last_sign_in_at AS "lastSignInAt"`;

export interface AccountWithPassword extends Account {
  passwordHash: string;
  demo: boolean;
}

export interface SessionViewerRow {
  sessionId: string;
  accountId: string;
  displayName: string;
  role: Role;
  emailVerified: boolean;
  /** The session is due for renewal. */
  due: boolean;
}

/** The SQL of accounts and their sessions. `db` is a transaction's manager where the service has one. */
@Injectable()
export class AccountsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new, unverified member; undefined when the address already has an account. */
  insertUnverified(db: Db, email: string, displayName: string, passwordHash: string): Promise<Account | undefined> {
    return sqlRow<Account>(
      db,
      `INSERT INTO accounts (email, display_name, password_hash, email_verified_at) VALUES ($1, $2, $3, NULL)
       ON CONFLICT (email) DO NOTHING RETURNING ${ACCOUNT_COLUMNS}`,
      [email, displayName, passwordHash],
    );
  }

  withPassword(email: string): Promise<AccountWithPassword | undefined> {
    return sqlRow<AccountWithPassword>(
      this.dataSource,
      `SELECT ${ACCOUNT_COLUMNS}, password_hash AS "passwordHash", demo FROM accounts WHERE email = $1`,
      [email],
    );
  }

  byEmail(db: Db, email: string): Promise<Account | undefined> {
    return sqlRow<Account>(db, `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE email = $1`, [email]);
  }

  withPasswordById(db: Db, id: string): Promise<AccountWithPassword | undefined> {
    return sqlRow<AccountWithPassword>(db, `SELECT ${ACCOUNT_COLUMNS}, password_hash AS "passwordHash", demo FROM accounts WHERE id = $1`, [id]);
  }

  byId(id: string, db: Db = this.dataSource, forUpdate = false): Promise<Account | undefined> {
    return sqlRow<Account>(db, `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  }

  /** By e-mail address after `afterEmail`, `limit` of them. */
  page(afterEmail: string | null, limit: number): Promise<Account[]> {
    return sqlRows<Account>(
      this.dataSource,
      `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE ($1::text IS NULL OR email > $1) ORDER BY email LIMIT $2`,
      [afterEmail, limit],
    );
  }

  async count(): Promise<number> {
    const row = await sqlRow<{ count: number }>(this.dataSource, 'SELECT count(*)::int AS count FROM accounts');
    return row!.count;
  }

  /** Locks the admins (in id order, so two transactions wait rather than deadlock) and returns their ids. */
  lockAdmins(db: Db): Promise<{ id: string }[]> {
    return sqlRows<{ id: string }>(db, `SELECT id FROM accounts WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`);
  }

  async setRole(db: Db, id: string, role: Role): Promise<Account> {
    const row = await sqlRow<Account>(db, `UPDATE accounts SET role = $2, updated_at = now() WHERE id = $1 RETURNING ${ACCOUNT_COLUMNS}`, [id, role]);
    return row!;
  }

  async upsert(email: string, displayName: string, passwordHash: string, role: Role, demo: boolean): Promise<Account> {
    const row = await sqlRow<Account>(
      this.dataSource,
      `INSERT INTO accounts (email, display_name, password_hash, role, demo) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name,
         password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, demo = EXCLUDED.demo,
         email_verified_at = coalesce(accounts.email_verified_at, now()), disabled_at = NULL, updated_at = now()
       RETURNING ${ACCOUNT_COLUMNS}`,
      [email, displayName, passwordHash, role, demo],
    );
    return row!;
  }

  async usableAdminCount(production: boolean): Promise<number> {
    const row = await sqlRow<{ count: number }>(
      this.dataSource,
      `SELECT count(*)::int AS count FROM accounts WHERE role = 'ADMIN' AND NOT (demo AND $1)`,
      [production],
    );
    return row!.count;
  }

  /** A new session is a sign-in (with a password or through the institution): the account's last sign-in moves too. */
  async startSession(db: Db | undefined, accountId: string, tokenHash: string, ttlMs: number): Promise<string> {
    const row = await sqlRow<{ id: string }>(
      db ?? this.dataSource,
      `WITH signed_in AS (UPDATE accounts SET last_sign_in_at = now() WHERE id = $1)
       INSERT INTO sessions (account_id, token_hash, expires_at)
       VALUES ($1, $2, now() + $3 * interval '1 millisecond') RETURNING id`,
      [accountId, tokenHash, ttlMs],
    );
    return row!.id;
  }

  /** Every signed-in request asks this: prepared once per connection. */
  async sessionViewer(tokenHash: string, renewAfterMs: number, production: boolean): Promise<SessionViewerRow | undefined> {
    const rows = await preparedQuery<SessionViewerRow>(
      this.dataSource,
      'session-viewer',
      `SELECT s.id AS "sessionId", a.id AS "accountId", a.display_name AS "displayName", a.role,
              a.email_verified_at IS NOT NULL AS "emailVerified",
              s.renewed_at < now() - $2 * interval '1 millisecond' AS due
       FROM sessions s JOIN accounts a ON a.id = s.account_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT (a.demo AND $3)
         AND a.disabled_at IS NULL`,
      [tokenHash, renewAfterMs, production],
    );
    return rows[0];
  }

  async renewSessions(ids: string[], ttlMs: number): Promise<void> {
    await sqlRun(
      this.dataSource,
      `UPDATE sessions SET renewed_at = now(), expires_at = now() + $2 * interval '1 millisecond'
       WHERE id = ANY($1::uuid[]) AND revoked_at IS NULL`,
      [ids, ttlMs],
    );
  }

  async revokeSession(tokenHash: string): Promise<void> {
    await sqlRun(this.dataSource, `UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [tokenHash]);
  }

  /** Ends every session of an account, but `exceptSessionId` (the one asking) when given. */
  async revokeSessionsOf(db: Db, accountId: string, exceptSessionId: string | null = null): Promise<void> {
    await sqlRun(
      db,
      `UPDATE sessions SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2)`,
      [accountId, exceptSessionId],
    );
  }

  async setPassword(db: Db, accountId: string, passwordHash: string): Promise<void> {
    await sqlRun(db, `UPDATE accounts SET password_hash = $2, updated_at = now() WHERE id = $1`, [accountId, passwordHash]);
  }

  /** The address is proved, if it is still the account's; undefined when it no longer is. */
  markVerified(db: Db, accountId: string, email: string): Promise<Account | undefined> {
    return sqlRow<Account>(
      db,
      `UPDATE accounts SET email_verified_at = coalesce(email_verified_at, now()), updated_at = now()
       WHERE id = $1 AND email = $2 RETURNING ${ACCOUNT_COLUMNS}`,
      [accountId, email],
    );
  }

  /** A new, proved address takes effect (a unique violation when another account has it by now). */
  async setVerifiedEmail(db: Db, accountId: string, email: string): Promise<Account> {
    const row = await sqlRow<Account>(
      db,
      `UPDATE accounts SET email = $2, email_verified_at = now(), updated_at = now() WHERE id = $1 RETURNING ${ACCOUNT_COLUMNS}`,
      [accountId, email],
    );
    return row!;
  }

  async setDisabled(db: Db, accountId: string, disabled: boolean): Promise<Account | undefined> {
    return sqlRow<Account>(
      db,
      `UPDATE accounts SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, now()) END, updated_at = now()
       WHERE id = $1 RETURNING ${ACCOUNT_COLUMNS}`,
      [accountId, disabled],
    );
  }

  /** The instruments an account rated, in id order (the order summaries are locked in), with the score. */
  ratingsOf(db: Db, accountId: string): Promise<{ instrumentId: string; score: number }[]> {
    return sqlRows<{ instrumentId: string; score: number }>(
      db,
      `SELECT instrument_id AS "instrumentId", score FROM ratings WHERE account_id = $1 ORDER BY instrument_id`,
      [accountId],
    );
  }

  async deleteRatingsOf(db: Db, accountId: string): Promise<void> {
    await sqlRun(db, `DELETE FROM ratings WHERE account_id = $1`, [accountId]);
  }

  /**
   * The S3 objects whose rows deleteAccount's cascade removes (its proposals' attachments and their
   * previews): the database cannot delete those, the caller does after the commit. Proposals are
   * locked, so no attachment is added between this and the delete.
   */
  async s3KeysLeftBy(db: Db, accountId: string): Promise<string[]> {
    await sqlRun(db, `SELECT 1 FROM proposals WHERE proposer_id = $1 FOR UPDATE`, [accountId]);
    const rows = await sqlRows<{ key: string }>(
      db,
      `SELECT s.key FROM file_editions e JOIN proposals p ON p.id = e.proposal_id
       JOIN stored_files s ON s.key IN (e.stored_file_key, e.preview_key)
       WHERE p.proposer_id = $1 AND s.storage = 's3' ORDER BY s.key`,
      [accountId],
    );
    return rows.map((row) => row.key);
  }

  /**
   * Removes an account for good: its proposals (with their history), sessions, links and the mails
   * to its address go with it;
   * where its name stands in the history of others' work (status changes, revisions, proposal
   * events, evidence assessments) it becomes `anonymousName`, and the links to it are cleared by the foreign keys.
   */
  async deleteAccount(db: Db, accountId: string, anonymousName: string): Promise<void> {
    // The append-only histories allow this transaction, and no other, to change them (migration AccountSelfService).
    await sqlRun(db, `SELECT set_config('nlc.erasing_account', $1, true)`, [accountId]);
    await sqlRun(db, `UPDATE instrument_status_changes SET changed_by_name = $2 WHERE changed_by_id = $1`, [accountId, anonymousName]);
    await sqlRun(db, `UPDATE instrument_revisions SET changed_by_name = $2 WHERE changed_by_id = $1`, [accountId, anonymousName]);
    await sqlRun(db, `UPDATE proposal_events SET actor_name = $2 WHERE actor_id = $1`, [accountId, anonymousName]);
    await sqlRun(db, `UPDATE evidence_assessments SET assessed_by_name = $2 WHERE assessed_by_id = $1`, [accountId, anonymousName]);
    await sqlRun(db, `DELETE FROM proposals WHERE proposer_id = $1`, [accountId]);
    await sqlRun(db, `DELETE FROM outbox_mails WHERE to_address = (SELECT email FROM accounts WHERE id = $1)`, [accountId]);
    await sqlRun(db, `DELETE FROM accounts WHERE id = $1`, [accountId]);
  }
}
