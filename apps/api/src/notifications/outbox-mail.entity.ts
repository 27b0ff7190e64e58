import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An e-mail written in the same transaction as the decision it reports; a sender delivers it. */
@Entity('outbox_mails')
@Index('outbox_mails_due_idx', ['nextAttemptAt'], { where: 'sent_at IS NULL' })
@Index('outbox_mails_failed_idx', ['failedAt', 'id'], { where: 'failed_at IS NOT NULL' })
@Check('outbox_mails_sent_or_failed', 'sent_at IS NULL OR failed_at IS NULL')
export class OutboxMailEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText: string;

  /** Extra headers for the mail, e.g. List-Unsubscribe on follow mails; null for none. */
  @Column({ type: 'jsonb', nullable: true })
  headers: Record<string, string> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** When the sender gave up (after MAX_MAIL_ATTEMPTS); null while it still tries, and again after an admin's retry. */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}
