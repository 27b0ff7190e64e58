import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { ACCOUNT_LIMITS, ACCOUNT_REASONS, normaliseEmail, type Role } from '#domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DomainError, badInput } from '../common/domain-error.js';
import { afterKey, keysetPage } from '../common/keyset.js';
import type { Account, AccountConnection } from './account.model.js';
import { AccountsQueries } from './accounts.queries.js';
import type { AccountsArgs, SetAccountRoleInput, SignInInput } from './account.inputs.js';
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
  emailVerified: account.emailVerifiedAt !== null,
});

const SIGN_IN_FAILED = 'The e-mail address or password is not right.';

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: AccountsQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * The same answer, after the same work, whether or not the account exists. In production a demo
   * account (known password) is answered as if it did not exist.
   */
  async signIn(input: SignInInput, req: Request, res: Response): Promise<SignedIn> {
    const account = await this.queries.withPassword(normaliseEmail(input.email));
    const verified = await this.passwords.verify(account?.passwordHash ?? null, input.password);
    if (!verified || !account || (account.demo && this.config.production)) {
      throw new DomainError('UNAUTHENTICATED', SIGN_IN_FAILED);
    }
    // Only someone who knows the password learns that the account is disabled.
    if (account.disabledAt) {
      throw new DomainError('FORBIDDEN', 'Dit account is uitgeschakeld door een beheerder. (This account is disabled by an admin.)', [], {
        reason: ACCOUNT_REASONS.accountDisabled,
      });
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
    return (await this.queries.byId(id)) ?? null;
  }

  /** Accounts by e-mail address, keyset-paginated. */
  async list(args: AccountsArgs): Promise<AccountConnection> {
    const after = afterKey<[string]>(args.after, (key) => key.length === 1 && typeof key[0] === 'string' && key[0].includes('@'));
    const [rows, count] = await Promise.all([this.queries.page(after?.[0] ?? null, args.first + 1), this.queries.count()]);
    return { totalCount: count, ...keysetPage(rows, args.first, (node) => ({ key: [node.email], node })) };
  }

  /** Sets a role; the admins are locked first so two demotions at once cannot remove the last one. */
  async setRole(input: SetAccountRoleInput): Promise<Account> {
    return this.dataSource.transaction(async (em) => {
      const admins = await this.queries.lockAdmins(em);
      const account = await this.queries.byId(input.accountId, em, true);
      if (!account) throw new DomainError('NOT_FOUND', 'There is no account with this id.', ['accountId']);
      if (account.role === 'ADMIN' && input.role !== 'ADMIN' && admins.length <= 1) {
        throw new DomainError('CONFLICT', 'This is the last admin; make someone else admin first.', ['role']);
      }
      return this.queries.setRole(em, input.accountId, input.role);
    });
  }

  /**
   * Disables or enables an account. A disabled account's sessions end at once (and the session
   * lookup ignores it), and it cannot sign in. Admins cannot disable themselves, so one always remains.
   */
  async setDisabled(accountId: string, disabled: boolean, viewer: Viewer): Promise<Account> {
    if (disabled && accountId === viewer.accountId) {
      throw new DomainError('CONFLICT', 'Je kunt je eigen account niet uitschakelen. (You cannot disable your own account.)', ['accountId']);
    }
    return this.dataSource.transaction(async (em) => {
      const account = await this.queries.setDisabled(em, accountId, disabled);
      if (!account) throw new DomainError('NOT_FOUND', 'There is no account with this id.', ['accountId']);
      if (disabled) await this.queries.revokeSessionsOf(em, accountId);
      return account;
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
    return this.queries.upsert(normaliseEmail(email), name, passwordHash, role, demo);
  }

  /** Admins who can sign in here (demo accounts do not count in production). */
  async usableAdminCount(): Promise<number> {
    return this.queries.usableAdminCount(this.config.production);
  }
}
