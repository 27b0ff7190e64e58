import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlRows, sqlRun, type Db } from '../database/typed-sql.js';
import type { Reviewer } from './review-mails.js';

export interface FailedMailRow {
  id: string;
  toAddress: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  failedAt: Date;
  createdAt: Date;
  cursorKey: string;
}

/** The SQL of the review notices and of failed mails. */
@Injectable()
export class MailsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Curators and admins who can get mail: a confirmed address, not disabled. */
  reviewers(db: Db): Promise<Reviewer[]> {
    return sqlRows<Reviewer>(
      db,
      `SELECT email AS "to", display_name AS name FROM accounts
       WHERE role IN ('CURATOR', 'ADMIN') AND email_verified_at IS NOT NULL AND disabled_at IS NULL ORDER BY email`,
    );
  }

  /** Failed mails, newest failure first, after a key [failed_at, id]. */
  failedPage(after: readonly [string, string] | null, limit: number): Promise<FailedMailRow[]> {
    return sqlRows<FailedMailRow>(
      this.dataSource,
      `SELECT id::text AS id, to_address AS "toAddress", subject, attempts, last_error AS "lastError", failed_at AS "failedAt",
         created_at AS "createdAt", to_char(failed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorKey"
       FROM outbox_mails WHERE failed_at IS NOT NULL
         AND ($1::timestamptz IS NULL OR (failed_at, id) < ($1::timestamptz, $2::bigint))
       ORDER BY failed_at DESC, id DESC LIMIT ${Number(limit)}`,
      [after?.[0] ?? null, after?.[1] ?? null],
    );
  }

  async failedCount(): Promise<number> {
    const [row] = await sqlRows<{ count: number }>(this.dataSource, `SELECT count(*)::int AS count FROM outbox_mails WHERE failed_at IS NOT NULL`);
    return row!.count;
  }

  /** Makes a failed mail due now with a fresh bound of attempts; 0 when it is not (or no longer) failed. */
  retry(db: Db, id: string): Promise<number> {
    return sqlRun(db, `UPDATE outbox_mails SET failed_at = NULL, attempts = 0, next_attempt_at = now() WHERE id = $1 AND failed_at IS NOT NULL`, [id]);
  }
}
