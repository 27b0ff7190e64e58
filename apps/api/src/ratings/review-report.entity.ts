import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { REVIEW_REPORT_LIMITS, REVIEW_REPORT_REASONS, type ReviewReportReason } from '#domain';
import { AccountEntity } from '../accounts/account.entity.js';
import { RatingEntity } from './rating.entity.js';

/**
 * A member's report of a review to the curators: one per member per review, ever. A curator
 * settles the open reports of a review by hiding it, showing it again or dismissing them.
 */
@Entity('review_reports')
@Unique('review_reports_rating_account_key', ['ratingId', 'accountId'])
@Check('review_reports_note_length', `note IS NULL OR length(note) <= ${REVIEW_REPORT_LIMITS.note.max}`)
@Check('review_reports_other_has_note', `reason <> 'OTHER' OR note IS NOT NULL`)
// The curators' list of reported reviews reads only the open reports.
@Index('review_reports_open_idx', ['createdAt'], { where: 'resolved_at IS NULL' })
export class ReviewReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'rating_id', type: 'uuid' })
  ratingId: string;

  @ManyToOne(() => RatingEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'rating_id' })
  rating: Relation<RatingEntity>;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'account_id' })
  account: Relation<AccountEntity>;

  @Column({ type: 'enum', enum: REVIEW_REPORT_REASONS, enumName: 'review_report_reason' })
  reason: ReviewReportReason;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'resolved_by_id' })
  resolvedBy: Relation<AccountEntity> | null;
}
