import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { OutboxQueries } from './outbox.queries.js';

/**
 * Attempts before the sender gives up on a mail and marks it failed: with the delays below, about a
 * quarter of an hour of trying (30 s, 1, 2, 4, 8 min). An admin can retry a failed mail (`retryMail`).
 */
export const MAX_MAIL_ATTEMPTS = 6;

/** Seconds before retry n (1, 2, …): 30 s, 1 min, 2 min, … capped at one hour. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(30 * 2 ** (attempt - 1), 3600);
}

const FROM = process.env.MAIL_FROM ?? 'Instrumentencatalogus NLC <noreply@example.org>';
const BATCH = 20;

/**
 * Delivers outbox mail: with SMTP_URL through nodemailer, otherwise by logging it. Rows are
 * claimed with SKIP LOCKED, so several API instances never send the same mail twice.
 */
@Injectable()
export class OutboxSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private transport: Transporter | null;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: OutboxQueries,
  ) {
    this.transport = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null;
  }

  /** Tests point the sender at their own SMTP server. */
  useSmtp(url: string | null): void {
    this.transport = url ? nodemailer.createTransport(url) : null;
  }

  onApplicationBootstrap(): void {
    const interval = Number(process.env.OUTBOX_INTERVAL_MS ?? 5000);
    if (interval > 0) this.timer = setInterval(() => void this.deliverDue().catch(() => undefined), interval);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Sends what is due now; returns how many were sent. One run at a time per process. */
  deliverDue(): Promise<number> {
    this.running ??= this.deliver().finally(() => (this.running = undefined));
    return this.running;
  }

  private async deliver(): Promise<number> {
    let sent = 0;
    await this.dataSource.transaction(async (em) => {
      const due = await this.queries.claimDue(em, BATCH);
      for (const mail of due) {
        try {
          if (this.transport) {
            await this.transport.sendMail({ from: FROM, to: mail.to, subject: mail.subject, text: mail.text, headers: mail.headers ?? undefined });
          } else {
            this.logger.log(`(no SMTP_URL) mail to ${mail.to}: ${mail.subject}\n${mail.text}`);
          }
          await this.queries.markSent(em, mail.id);
          sent++;
        } catch (error) {
          const attempt = mail.attempts + 1;
          const givesUp = attempt >= MAX_MAIL_ATTEMPTS;
          await this.queries.markFailed(em, mail.id, attempt, String(error).slice(0, 1000), retryDelaySeconds(attempt), givesUp);
          this.logger.warn(
            givesUp
              ? `Mail ${mail.id} failed ${attempt} times; given up (an admin can retry it)`
              : `Mail ${mail.id} failed (attempt ${attempt}); retry in ${retryDelaySeconds(attempt)} s`,
          );
        }
      }
    });
    return sent;
  }
}
