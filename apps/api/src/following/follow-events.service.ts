import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '../notifications/outbox.service.js';
import { FollowEventsQueries } from './follow-events.queries.js';
import { eventSummary, followMails, type FollowEvent } from './follow-mails.js';
import { UnsubscribeTokens } from './unsubscribe-token.js';

/**
 * Tells the followers of an instrument what happened to it, in the transaction of the change:
 * an IMMEDIATE member's mail goes into the outbox, a WEEKLY member's line into the digest's table.
 * One mail (or line) per member and event, however many of their follows lead to it.
 */
@Injectable()
export class FollowEventsService {
  constructor(
    private readonly queries: FollowEventsQueries,
    private readonly outbox: OutboxService,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  async record(em: EntityManager, event: FollowEvent, actorId: string | null): Promise<void> {
    if (event.type === 'PHASE' && event.phaseCodes.length === 0) return;
    const recipients = await this.queries.recipients(em, event.instrumentId, event.type !== 'PHASE', event.type === 'PHASE' ? event.phaseCodes : [], actorId);
    if (!recipients.length) return;
    const instrument = (await this.queries.instrument(em, event.instrumentId))!;
    const fileTitle = event.type === 'EDITION' ? await this.queries.fileTitle(em, event.instrumentFileId) : undefined;
    const weekly: { accountId: string; summary: string }[] = [];
    for (const r of recipients) {
      // A phase event reaches a member through one of the entered phases: that one names it.
      const extra = { fileTitle, phaseLabel: r.targetLabel };
      const summary = eventSummary(event, extra);
      if (r.frequency === 'WEEKLY') {
        weekly.push({ accountId: r.accountId, summary });
        continue;
      }
      const token = this.tokens.sign({ scope: 'follow', accountId: r.accountId, followId: r.followId, kind: r.kind, targetId: r.targetId });
      await this.outbox.enqueue(em, followMails.immediate(r, event, instrument, summary, token, extra));
    }
    await this.queries.addDigestItems(em, event.instrumentId, weekly);
  }
}
