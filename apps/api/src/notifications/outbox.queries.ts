import { Injectable } from '@nestjs/common';
import { sqlRows, sqlRun, type Db } from '../database/typed-sql.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers (List-Unsubscribe on follow mails). */
  headers?: Record<string, string>;
}

export interface DueMail extends Omit<Mail, 'headers'> {
  id: string;
  headers: Record<string, string> | null;
  attempts: number;
}

/** The SQL of the outbox; every statement runs in the caller's transaction. */
@Injectable()
export class OutboxQueries {
  async insert(db: Db, mail: Mail): Promise<void> {
    await sqlRun(db, `INSERT INTO outbox_mails (to_address, subject, body_text, headers) VALUES ($1, $2, $3, $4)`, [
      mail.to,
      mail.subject,
      mail.text,
      mail.headers ? JSON.stringify(mail.headers) : null,
    ]);
  }

  /** Claims up to `limit` mails due now; SKIP LOCKED, so several API instances never claim the same mail. */
  claimDue(db: Db, limit: number): Promise<DueMail[]> {
    return sqlRows<DueMail>(
      db,
      `SELECT id, to_address AS to, subject, body_text AS text, headers, attempts FROM outbox_mails
       WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
       ORDER BY next_attempt_at, id LIMIT ${Number(limit)} FOR UPDATE SKIP LOCKED`,
    );
  }

  /**
   * Marks a mail sent and blanks the tokens of the links in it (`?token=…`, in the text and the
   * headers): the database keeps tokens only as hashes, and a delivered mail's copy is no exception.
   */
  async markSent(db: Db, id: string): Promise<void> {
    await sqlRun(
      db,
      `UPDATE outbox_mails SET sent_at = now(), attempts = attempts + 1, last_error = NULL,
         body_text = regexp_replace(body_text, '([?&]token=)[A-Za-z0-9_%-]+', '\\1(verstuurd)', 'g'),
         headers = regexp_replace(headers::text, '([?&]token=)[A-Za-z0-9_%-]+', '\\1(verstuurd)', 'g')::jsonb
       WHERE id = $1`,
      [id],
    );
  }

  /** Records a failed attempt: due again after `retryInSeconds`, or given up (failed_at) with `givesUp`. */
  async markFailed(db: Db, id: string, attempt: number, error: string, retryInSeconds: number, givesUp: boolean): Promise<void> {
    await sqlRun(
      db,
      `UPDATE outbox_mails SET attempts = $2, last_error = $3,
         next_attempt_at = now() + $4 * interval '1 second', failed_at = CASE WHEN $5::boolean THEN now() END WHERE id = $1 RETURNING id`,
      [id, attempt, error, retryInSeconds, givesUp],
    );
  }
}
