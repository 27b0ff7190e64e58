import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '#domain';
import { preparedQuery } from '../database/prepared-query.js';
import { sqlRow, sqlRows, sqlRun, type Db } from '../database/typed-sql.js';
import type { Account } from './account.model.js';

const ACCOUNT_COLUMNS = `id, email, display_name AS "displayName", role, created_at AS "createdAt"`;

export interface AccountWithPassword extends Account {
  passwordHash: string;
  demo: boolean;
}

export interface SessionViewerRow {
  sessionId: string;
  accountId: string;
  displayName: string;
  role: Role;
  /** The session is due for renewal. */
  due: boolean;
}

/** The SQL of accounts and their sessions. `db` is a transaction's manager where the service has one. */
@Injectable()
export class AccountsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(db: Db, email: string, displayName: string, passwordHash: string): Promise<Account> {
    const row = await sqlRow<Account>(
      db,
      `INSERT INTO accounts (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING ${ACCOUNT_COLUMNS}`,
      [email, displayName, passwordHash],
    );
    return row!;
  }

  withPassword(email: string): Promise<AccountWithPassword | undefined> {
    return sqlRow<AccountWithPassword>(
      this.dataSource,
      `SELECT ${ACCOUNT_COLUMNS}, password_hash AS "passwordHash", demo FROM accounts WHERE email = $1`,
      [email],
    );
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
         password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, demo = EXCLUDED.demo, updated_at = now()
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

  async startSession(db: Db | undefined, accountId: string, tokenHash: string, ttlMs: number): Promise<string> {
    const row = await sqlRow<{ id: string }>(
      db ?? this.dataSource,
      `INSERT INTO sessions (account_id, token_hash, expires_at)
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
              s.renewed_at < now() - $2 * interval '1 millisecond' AS due
       FROM sessions s JOIN accounts a ON a.id = s.account_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT (a.demo AND $3)`,
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
}
