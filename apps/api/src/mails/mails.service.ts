import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error.js';
import { TIMESTAMP, afterKey, keysetPage } from '../common/keyset.js';
import { OutboxService } from '../notifications/outbox.service.js';
import type { FailedMailConnection, FailedMailsArgs } from './mail.model.js';
import { MailsQueries } from './mails.queries.js';
import { reviewMails } from './review-mails.js';

const isFailedKey = (key: readonly unknown[]): boolean =>
  key.length === 2 && typeof key[0] === 'string' && TIMESTAMP.test(key[0]) && typeof key[1] === 'string' && /^\d{1,18}$/.test(key[1]);

/** "jan.jansen@example.org" → "j…@example.org": enough to recognise, not to read off a list. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 1 ? '…' : `${address[0]}…${address.slice(at)}`;
}

/**
 * Mail around the review queues and the outbox's failures. Notices go into the outbox in the
 * caller's transaction: a submit that fails (or rolls back) mails no one.
 */
@Injectable()
export class MailsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly queries: MailsQueries,
  ) {}

  /** One mail to every curator and admin with a confirmed address (no per-curator setting yet). */
  async proposalWaiting(em: EntityManager, p: { title: string; proposalId: string; resubmitted: boolean }): Promise<void> {
    for (const reviewer of await this.queries.reviewers(em)) await this.outbox.enqueue(em, reviewMails.proposalWaiting(reviewer, p));
  }

  async practiceReportWaiting(em: EntityManager, p: { title: string; resubmitted: boolean }): Promise<void> {
    for (const reviewer of await this.queries.reviewers(em)) await this.outbox.enqueue(em, reviewMails.practiceReportWaiting(reviewer, p));
  }

  proposalReceived(em: EntityManager, p: Parameters<typeof reviewMails.proposalReceived>[0]): Promise<void> {
    return this.outbox.enqueue(em, reviewMails.proposalReceived(p));
  }

  async failed(args: FailedMailsArgs): Promise<FailedMailConnection> {
    const after = afterKey<[string, string]>(args.after, isFailedKey, '"after" is not a cursor of this list of failed mails.');
    const [rows, totalCount] = await Promise.all([this.queries.failedPage(after, args.first + 1), this.queries.failedCount()]);
    return {
      totalCount,
      ...keysetPage(rows, args.first, ({ cursorKey, toAddress, ...rest }) => ({
        key: [cursorKey, rest.id],
        // SMTP servers often name the recipient in their answer: masked there too.
        node: { ...rest, recipient: maskAddress(toAddress), lastError: rest.lastError?.split(toAddress).join(maskAddress(toAddress)) ?? null },
      })),
    };
  }

  async retry(id: string): Promise<{ id: string; queued: boolean }> {
    const changed = await this.queries.retry(this.dataSource, id);
    if (!changed) throw new DomainError('NOT_FOUND', 'There is no failed mail with this id.', ['id']);
    return { id, queued: true };
  }
}
