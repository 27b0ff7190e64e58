import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxQueries, type Mail } from './outbox.queries.js';

export type { Mail } from './outbox.queries.js';

/** Writes mail into the outbox inside the caller's transaction: no decision without its mail, and the reverse. */
@Injectable()
export class OutboxService {
  constructor(private readonly queries: OutboxQueries) {}

  /** `mail.headers`: optional extra headers, e.g. List-Unsubscribe. */
  enqueue(em: EntityManager, mail: Mail): Promise<void> {
    return this.queries.insert(em, mail);
  }
}
