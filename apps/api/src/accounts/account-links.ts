import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { accountMails } from '../notifications/account-mails.js';
import { OutboxService } from '../notifications/outbox.service.js';
import type { Account } from './account.model.js';
import { AccountTokens } from './account-tokens.js';

/** Mails a new single-use link through the outbox, in the caller's transaction. */
@Injectable()
export class AccountLinks {
  constructor(
    private readonly tokens: AccountTokens,
    private readonly outbox: OutboxService,
  ) {}

  async verification(em: EntityManager, account: Account): Promise<void> {
    const token = await this.tokens.issue(em, account.id, 'EMAIL_VERIFICATION', account.email);
    await this.outbox.enqueue(em, accountMails.verifyEmail({ to: account.email, name: account.displayName }, token));
  }

  async passwordReset(em: EntityManager, account: Account): Promise<void> {
    const token = await this.tokens.issue(em, account.id, 'PASSWORD_RESET', account.email);
    await this.outbox.enqueue(em, accountMails.resetPassword({ to: account.email, name: account.displayName }, token));
  }

  /** The link goes to the new address; the old one hears that a change was asked. */
  async emailChange(em: EntityManager, account: Account, newEmail: string): Promise<void> {
    const token = await this.tokens.issue(em, account.id, 'EMAIL_CHANGE', newEmail);
    await this.outbox.enqueue(em, accountMails.confirmNewEmail({ to: newEmail, name: account.displayName }, token));
  }

  /** A notice without a link. */
  notify(em: EntityManager, mail: Parameters<OutboxService['enqueue']>[1]): Promise<void> {
    return this.outbox.enqueue(em, mail);
  }
}
