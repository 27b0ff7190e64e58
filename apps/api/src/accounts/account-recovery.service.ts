import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { normaliseEmail } from '#domain';
import { DomainError } from '../common/domain-error.js';
import { isUniqueViolation } from '../database/postgres-errors.js';
import { accountMails } from '../notifications/account-mails.js';
import type { Account } from './account.model.js';
import type { ConfirmEmailInput, RegisterInput, RequestPasswordResetInput, ResetPasswordInput } from './account.inputs.js';
import { AccountLinks } from './account-links.js';
import { AccountTokens, invalidToken } from './account-tokens.js';
import { AccountsQueries } from './accounts.queries.js';
import { PasswordPolicy } from './password-policy.js';
import { PasswordService } from './password.service.js';

/**
 * What a visitor does with an e-mail address: register, prove the address, get a new password.
 * The answers never tell whether an address has an account, and take the same work either way.
 */
@Injectable()
export class AccountRecoveryService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AccountRecoveryService.name);
  /** Reset requests still writing their mail (see requestPasswordReset). */
  private readonly writing = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: AccountsQueries,
    private readonly passwords: PasswordService,
    private readonly policy: PasswordPolicy,
    private readonly tokens: AccountTokens,
    private readonly links: AccountLinks,
  ) {}

  /**
   * A new member gets a verification link; an address that has an account gets a mail saying so.
   * The password is judged and hashed in both cases, and the answer is the same.
   */
  async register(input: RegisterInput): Promise<void> {
    const email = normaliseEmail(input.email);
    await this.policy.check(input.password, { email, displayName: input.displayName });
    const passwordHash = await this.passwords.hash(input.password);
    await this.dataSource.transaction(async (em) => {
      const account = await this.queries.insertUnverified(em, email, input.displayName, passwordHash);
      if (account) return this.links.verification(em, account);
      const owner = await this.queries.byEmail(em, email);
      if (owner) await this.links.notify(em, accountMails.alreadyRegistered({ to: owner.email, name: owner.displayName }));
    });
  }

  /**
   * A reset link for an enabled account with this address; nothing otherwise. The answer does not
   * wait for it: the lookup and the mail are written after it, so a known and an unknown address
   * are answered alike and equally fast (the same answer was not enough: three more writes took
   * measurably longer under load). A failure is logged; the person can simply ask again.
   */
  requestPasswordReset(input: RequestPasswordResetInput): void {
    const email = normaliseEmail(input.email);
    const work = this.dataSource
      .transaction(async (em) => {
        const account = await this.queries.byEmail(em, email);
        if (account && !account.disabledAt) await this.links.passwordReset(em, account);
      })
      .catch((error: unknown) => this.logger.error(`Writing a password reset mail failed: ${String(error)}`))
      .finally(() => this.writing.delete(work));
    this.writing.add(work);
  }

  /** Resolves when every reset request so far has written its mail (tests; shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.writing]);
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.settled();
  }

  /** Sets the password from a reset link (once), ends every session of the account and counts the address as proved. */
  async resetPassword(input: ResetPasswordInput): Promise<void> {
    const found = await this.tokens.peek(this.dataSource, input.token, ['PASSWORD_RESET']);
    const account = found && (await this.queries.byId(found.accountId));
    if (!found || !account) throw invalidToken();
    await this.policy.check(input.password, account);
    const passwordHash = await this.passwords.hash(input.password);
    await this.dataSource.transaction(async (em) => {
      const used = await this.tokens.use(em, input.token, ['PASSWORD_RESET']);
      await this.queries.setPassword(em, used.accountId, passwordHash);
      await this.queries.revokeSessionsOf(em, used.accountId);
      await this.queries.markVerified(em, used.accountId, used.email);
    });
  }

  /** Proves an address from a mailed link: the account's own, or a new one that then takes effect. */
  async confirmEmail(input: ConfirmEmailInput): Promise<Account> {
    return this.dataSource.transaction(async (em) => {
      const used = await this.tokens.use(em, input.token, ['EMAIL_VERIFICATION', 'EMAIL_CHANGE']);
      if (used.purpose === 'EMAIL_VERIFICATION') {
        const account = await this.queries.markVerified(em, used.accountId, used.email);
        if (!account) throw invalidToken();
        return account;
      }
      try {
        return await this.queries.setVerifiedEmail(em, used.accountId, used.email);
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new DomainError('CONFLICT', 'Er is inmiddels een ander account met dit e-mailadres. (Another account has this address.)', ['token']);
        }
        throw error;
      }
    });
  }

  /** A new verification link for an account whose address is not proved yet. */
  async resendVerification(accountId: string): Promise<Account> {
    return this.dataSource.transaction(async (em) => {
      const account = await this.queries.byId(accountId, em, true);
      if (!account) throw new DomainError('NOT_FOUND', 'There is no account with this id.', ['accountId']);
      if (account.emailVerifiedAt) {
        throw new DomainError('CONFLICT', 'Dit e-mailadres is al bevestigd. (This address is already confirmed.)', ['accountId']);
      }
      await this.links.verification(em, account);
      return account;
    });
  }
}
