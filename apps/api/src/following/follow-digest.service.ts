import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { FollowEventsQueries, type DigestItemRow } from './follow-events.queries.js';
import { followMails } from './follow-mails.js';
import { UnsubscribeTokens } from './unsubscribe-token.js';

/** Accounts per transaction: a digest is never split, a run never holds too many rows at once. */
const ACCOUNTS_PER_BATCH = 200;

/**
 * The weekly digest: every Monday from 08:00 (Netherlands) the events of WEEKLY members from before
 * then go out, one mail per member grouped per instrument, in the transaction that marks them
 * digested. A transaction-scoped advisory lock lets one API instance run it at a time, so no
 * digest is sent twice. Runs every FOLLOW_DIGEST_INTERVAL_MS, and not while the outbox sender is
 * off (OUTBOX_INTERVAL_MS=0, as in tests, which call `run` with their own "now").
 */
@Injectable()
export class FollowDigestService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('FollowDigest');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: FollowEventsQueries,
    private readonly outbox: OutboxService,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.config.following.digestIntervalMs;
    if (interval > 0 && Number(process.env.OUTBOX_INTERVAL_MS ?? 5000) > 0) {
      this.timer = setInterval(() => void this.run().catch((error) => this.logger.error(String(error))), interval);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Puts the due digests into the outbox; returns how many. One run at a time per process. */
  run(now = new Date()): Promise<number> {
    this.running ??= this.send(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async send(now: Date): Promise<number> {
    let mails = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (em) => {
        if (!(await this.queries.tryDigestLock(em))) return null;
        const cutoff = await this.queries.digestCutoff(em, now);
        const accounts = await this.queries.dueAccounts(em, cutoff, ACCOUNTS_PER_BATCH);
        const items = accounts.length ? await this.queries.dueItems(em, accounts, cutoff) : [];
        let sent = 0;
        for (const accountId of accounts) {
          const own = items.filter((i) => i.accountId === accountId);
          // Disabled, unconfirmed or OFF since: the events are dropped with the digest.
          if (own.length && own[0].mailable) {
            await this.outbox.enqueue(em, followMails.digest(own[0], groupByInstrument(own), this.tokens.sign({ scope: 'all', accountId })));
            sent++;
          }
        }
        await this.queries.markDigested(em, items.map((i) => i.id));
        return { sent, full: accounts.length === ACCOUNTS_PER_BATCH };
      });
      if (!batch) return mails;
      mails += batch.sent;
      if (!batch.full) return mails;
    }
  }
}

/** The member's events per instrument, instruments in the order of their first event. */
function groupByInstrument(items: readonly DigestItemRow[]): { title: string; slug: string; summaries: string[] }[] {
  const groups = new Map<string, { title: string; slug: string; summaries: string[] }>();
  for (const item of items) {
    const group = groups.get(item.instrumentId) ?? { title: item.title, slug: item.slug, summaries: [] };
    group.summaries.push(item.summary);
    groups.set(item.instrumentId, group);
  }
  return [...groups.values()];
}
