import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { ACCOUNT_LIMITS, normaliseEmail, type Role } from '#domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DomainError, badInput } from '../common/domain-error.js';
import { afterKey, keysetPage } from '../common/keyset.js';
import { isUniqueViolation } from '../database/postgres-errors.js';
import { updateReturning } from '../database/update-returning.js';
import type { Account, AccountConnection } from './account.model.js';
import type { AccountsArgs, RegisterInput, SetAccountRoleInput, SignInInput } from './account.inputs.js';
import { PasswordService } from './password.service.js';
import { SessionsService } from './sessions.service.js';
import type { Viewer } from './viewer.js';

/** An account that has just signed in, and the viewer the rest of the request acts as. */
export interface SignedIn {
  account: Account;
  viewer: Viewer;
}

const viewerOf = (account: Account, sessionId: string): Viewer => ({
  accountId: account.id,
  displayName: account.displayName,
  role: account.role,
  sessionId,
});

const ACCOUNT_COLUMNS = `id, email, display_name AS "displayName", role, created_at AS "createdAt"`;
const SIGN_IN_FAILED = 'The e-mail address or password is not right.';

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
  ) {}

  /** Creates a member account and signs it in. */
  async register(input: RegisterInput, res: Response): Promise<SignedIn> {
    const passwordHash = await this.passwords.hash(input.password);
    return this.dataSource.transaction(async (em) => {
      let rows: Account[];
      try {
        rows = await em.query(
          `INSERT INTO accounts (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING ${ACCOUNT_COLUMNS}`,
          [normaliseEmail(input.email), input.displayName, passwordHash],
        );
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new DomainError('CONFLICT', 'An account with this e-mail address already exists; sign in instead.', ['email']);
        }
        throw error;
      }
      const sessionId = await this.sessions.start(rows[0].id, res, em);
      return { account: rows[0], viewer: viewerOf(rows[0], sessionId) };
    });
  }

  /**
   * The same answer, after the same work, whether or not the account exists. In production a demo
   * account (known password) is answered as if it did not exist.
   */
  async signIn(input: SignInInput, req: Request, res: Response): Promise<SignedIn> {
    const rows: (Account & { passwordHash: string; demo: boolean })[] = await this.dataSource.query(
      `SELECT ${ACCOUNT_COLUMNS}, password_hash AS "passwordHash", demo FROM accounts WHERE email = $1`,
      [normaliseEmail(input.email)],
    );
    const account = rows[0];
    const verified = await this.passwords.verify(account?.passwordHash ?? null, input.password);
    if (!verified || (account.demo && this.config.production)) {
      throw new DomainError('UNAUTHENTICATED', SIGN_IN_FAILED);
    }
    await this.sessions.end(req, res, false);
    const sessionId = await this.sessions.start(account.id, res);
    const { passwordHash: _, demo: __, ...visible } = account;
    return { account: visible, viewer: viewerOf(visible, sessionId) };
  }

  signOut(req: Request, res: Response): Promise<void> {
    return this.sessions.end(req, res);
  }

  async byId(id: string): Promise<Account | null> {
    const rows: Account[] = await this.dataSource.query(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Accounts by e-mail address, keyset-paginated. */
  async list(args: AccountsArgs): Promise<AccountConnection> {
    const after = afterKey<[string]>(args.after, (key) => key.length === 1 && typeof key[0] === 'string' && key[0].includes('@'));
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE ($1::text IS NULL OR email > $1) ORDER BY email LIMIT $2`,
        [after?.[0] ?? null, args.first + 1],
      ) as Promise<Account[]>,
      this.dataSource.query('SELECT count(*)::int AS count FROM accounts') as Promise<{ count: number }[]>,
    ]);
    return { totalCount: count, ...keysetPage(rows, args.first, (node) => ({ key: [node.email], node })) };
  }

  /** Sets a role; the admins are locked first so two demotions at once cannot remove the last one. */
  async setRole(input: SetAccountRoleInput): Promise<Account> {
    return this.dataSource.transaction(async (em) => {
      const admins: { id: string }[] = await em.query(`SELECT id FROM accounts WHERE role = 'ADMIN' ORDER BY id FOR UPDATE`);
      const rows: Account[] = await em.query(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = $1 FOR UPDATE`, [
        input.accountId,
      ]);
      const account = rows[0];
      if (!account) throw new DomainError('NOT_FOUND', 'There is no account with this id.', ['accountId']);
      if (account.role === 'ADMIN' && input.role !== 'ADMIN' && admins.length <= 1) {
        throw new DomainError('CONFLICT', 'This is the last admin; make someone else admin first.', ['role']);
      }
      const [updated] = await updateReturning<Account>(
        em,
        `UPDATE accounts SET role = $2, updated_at = now() WHERE id = $1 RETURNING ${ACCOUNT_COLUMNS}`,
        [input.accountId, input.role],
      );
      return updated;
    });
  }

  /**
   * For the command line and the demo accounts: creates or updates an account with this role and
   * password. `demo` marks an account whose password is published (refused in production).
   */
  async upsert(email: string, displayName: string, password: string, role: Role, demo = false): Promise<Account> {
    const name = displayName.trim();
    const { min, max } = ACCOUNT_LIMITS.displayName;
    if (name.length < min || name.length > max) throw badInput(`displayName must be ${min} to ${max} characters`, 'displayName');
    const passwordHash = await this.passwords.hash(password);
    const [account]: Account[] = await this.dataSource.query(
      `INSERT INTO accounts (email, display_name, password_hash, role, demo) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name,
         password_hash = EXCLUDED.password_hash, role = EXCLUDED.role, demo = EXCLUDED.demo, updated_at = now()
       RETURNING ${ACCOUNT_COLUMNS}`,
      [normaliseEmail(email), name, passwordHash, role, demo],
    );
    return account;
  }

  /** Admins who can sign in here (demo accounts do not count in production). */
  async usableAdminCount(): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM accounts WHERE role = 'ADMIN' AND NOT (demo AND $1)`,
      [this.config.production],
    );
    return count;
  }
}
