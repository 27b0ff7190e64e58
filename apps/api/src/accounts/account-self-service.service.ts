import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { normaliseEmail } from '#domain';
import { DomainError, badInput } from '../common/domain-error.js';
import { S3ObjectRemoval } from '../files/storage/s3-object-removal.js';
import { accountMails } from '../notifications/account-mails.js';
import { RatingsQueries } from '../ratings/ratings.queries.js';
import type { ChangeEmailInput, ChangePasswordInput, DeleteMyAccountInput } from './account.inputs.js';
import { AccountLinks } from './account-links.js';
import { AccountsQueries, type AccountWithPassword } from './accounts.queries.js';
import { PasswordPolicy } from './password-policy.js';
import { PasswordService } from './password.service.js';
import { SessionsService } from './sessions.service.js';
import type { Viewer } from './viewer.js';

/** How a removed account's name reads where it stays in the history of others' work. */
export const DELETED_ACCOUNT_NAME = 'Verwijderd account';

/** What a signed-in member does with their own account; each change needs the current password. */
@Injectable()
export class AccountSelfService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: AccountsQueries,
    private readonly passwords: PasswordService,
    private readonly policy: PasswordPolicy,
    private readonly links: AccountLinks,
    private readonly ratings: RatingsQueries,
    private readonly sessions: SessionsService,
    private readonly s3Objects: S3ObjectRemoval,
  ) {}

  /** Sets a new password; every other session of the account ends, and the owner gets a mail. */
  async changePassword(input: ChangePasswordInput, viewer: Viewer): Promise<void> {
    const account = await this.withPassword(viewer, input.currentPassword, 'currentPassword');
    await this.policy.check(input.newPassword, account, 'newPassword');
    const passwordHash = await this.passwords.hash(input.newPassword);
    await this.dataSource.transaction(async (em) => {
      await this.queries.setPassword(em, account.id, passwordHash);
      await this.queries.revokeSessionsOf(em, account.id, viewer.sessionId);
      await this.links.notify(em, accountMails.passwordChanged({ to: account.email, name: account.displayName }));
    });
  }

  /**
   * Mails a link to the new address; the address changes when that link is opened (confirmEmail).
   * The old address hears of it. When another account has the new address, nothing is sent there,
   * and the answer is the same.
   */
  async changeEmail(input: ChangeEmailInput, viewer: Viewer): Promise<void> {
    const account = await this.withPassword(viewer, input.password, 'password');
    const newEmail = normaliseEmail(input.newEmail);
    if (newEmail === account.email) throw badInput('Dit is al je e-mailadres. (This is your address already.)', 'newEmail');
    await this.dataSource.transaction(async (em) => {
      if (!(await this.queries.byEmail(em, newEmail))) await this.links.emailChange(em, account, newEmail);
      await this.links.notify(em, accountMails.emailChangeRequested({ to: account.email, name: account.displayName }, newEmail));
    });
  }

  /** Ends every session of the account, this one too. */
  async signOutEverywhere(viewer: Viewer, req: Request, res: Response): Promise<void> {
    await this.queries.revokeSessionsOf(this.dataSource, viewer.accountId);
    await this.sessions.end(req, res);
  }

  /**
   * Removes the account in one transaction: its ratings and reviews (each instrument's summary
   * adjusted as removing a rating does), its proposals, sessions, links and mails; its name in the
   * history of others' work becomes DELETED_ACCOUNT_NAME. The last admin cannot leave. The S3
   * objects of its proposals' attachments are deleted after the commit (S3ObjectRemoval).
   */
  async deleteMyAccount(input: DeleteMyAccountInput, viewer: Viewer, req: Request, res: Response): Promise<void> {
    const account = await this.withPassword(viewer, input.password, 'password');
    const s3Keys = await this.dataSource.transaction(async (em) => {
      if (account.role === 'ADMIN' && (await this.queries.lockAdmins(em)).length <= 1) {
        throw new DomainError('CONFLICT', 'Je bent de laatste beheerder; maak eerst iemand anders beheerder. (You are the last admin.)', ['password']);
      }
      const rated = await this.queries.ratingsOf(em, account.id);
      // Summaries are locked in instrument order, so two deletions (or a deletion and raters) wait rather than deadlock.
      for (const { instrumentId } of rated) await this.ratings.lockSummary(em, instrumentId);
      await this.queries.deleteRatingsOf(em, account.id);
      for (const { instrumentId, score } of rated) await this.ratings.adjustSummary(em, instrumentId, score, null);
      const keys = await this.queries.s3KeysLeftBy(em, account.id);
      await this.queries.deleteAccount(em, account.id, DELETED_ACCOUNT_NAME);
      return keys;
    });
    await this.s3Objects.afterCommit(s3Keys);
    await this.sessions.end(req, res);
  }

  /** The viewer's account when `password` is its password; BAD_USER_INPUT on `field` otherwise. */
  private async withPassword(viewer: Viewer, password: string, field: string): Promise<AccountWithPassword> {
    const account = await this.queries.withPasswordById(this.dataSource, viewer.accountId);
    if (!(await this.passwords.verify(account?.passwordHash ?? null, password)) || !account) {
      throw new DomainError('BAD_USER_INPUT', 'Je huidige wachtwoord klopt niet. (Your current password is not right.)', [field], {
        reason: 'PASSWORD_WRONG',
      });
    }
    return account;
  }
}
