import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Writes mail into the outbox inside the caller's transaction: no decision without its mail, and the reverse. */
@Injectable()
export class OutboxService {
  async enqueue(em: EntityManager, mail: Mail): Promise<void> {
    await em.query(`INSERT INTO outbox_mails (to_address, subject, body_text) VALUES ($1, $2, $3)`, [
      mail.to,
      mail.subject,
      mail.text,
    ]);
  }
}
