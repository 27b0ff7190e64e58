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
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  MONTH_PATTERN_SQL,
  PARTNER_KINDS,
  PRACTICE_REPORT_LIMITS as L,
  PRACTICE_REPORT_STATUSES,
  type PracticeReportStatus,
} from '#domain';
import { AccountEntity } from '../accounts/account.entity.js';
import { InstrumentEntity } from '../catalogue/instrument.entity.js';

const storyLength = (column: string) => `length(${column}) BETWEEN ${L.story.min} AND ${L.story.max}`;

/** A member's practice report about an instrument; vocabulary values are kept as codes, as in proposals. */
@Entity('practice_reports')
@Check('practice_reports_period', `period_from ~ '${MONTH_PATTERN_SQL}' AND (period_to IS NULL OR (period_to ~ '${MONTH_PATTERN_SQL}' AND period_to >= period_from))`)
@Check('practice_reports_partner_kinds', `cardinality(partner_kinds) >= 1 AND partner_kinds <@ ARRAY[${PARTNER_KINDS.map((k) => `'${k}'`).join(', ')}]::text[]`)
@Check('practice_reports_sectors', `cardinality(sectors) BETWEEN ${L.sectors.min} AND ${L.sectors.max}`)
@Check('practice_reports_stories', `${storyLength('what_we_did')} AND ${storyLength('what_it_yielded')} AND ${storyLength('what_we_would_change')}`)
@Check('practice_reports_declined_has_reason', `status <> 'DECLINED' OR decision_reason IS NOT NULL`)
@Check('practice_reports_published_has_date', `status <> 'PUBLISHED' OR published_at IS NOT NULL`)
// The public list and the instrument page read published reports, newest first.
@Index('practice_reports_published_idx', ['publishedAt', 'id'], { where: `status = 'PUBLISHED'` })
@Index('practice_reports_instrument_published_idx', ['instrumentId', 'publishedAt'], { where: `status = 'PUBLISHED'` })
// The curators' queue, oldest first; the author's own list.
@Index('practice_reports_status_created_idx', ['status', 'createdAt', 'id'])
@Index('practice_reports_author_idx', ['authorId', 'createdAt'])
export class PracticeReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity>;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'author_id' })
  author: Relation<AccountEntity>;

  @Column({ type: 'enum', enum: PRACTICE_REPORT_STATUSES, enumName: 'practice_report_status', default: 'SUBMITTED' })
  status: PracticeReportStatus;

  @Column({ name: 'community_name', type: 'text', nullable: true })
  communityName: string | null;

  /** Sector codes (reference vocabulary). */
  @Column({ type: 'text', array: true })
  sectors: string[];

  @Column({ name: 'partner_kinds', type: 'text', array: true })
  partnerKinds: string[];

  /** The phase code (reference vocabulary) it was used in. */
  @Column({ type: 'text' })
  phase: string;

  /** `YYYY-MM`. */
  @Column({ name: 'period_from', type: 'text' })
  periodFrom: string;

  /** `YYYY-MM`, or null while it runs. */
  @Column({ name: 'period_to', type: 'text', nullable: true })
  periodTo: string | null;

  @Column({ name: 'what_we_did', type: 'text' })
  whatWeDid: string;

  @Column({ name: 'what_it_yielded', type: 'text' })
  whatItYielded: string;

  @Column({ name: 'what_we_would_change', type: 'text' })
  whatWeWouldChange: string;

  @Column({ type: 'text', nullable: true })
  contact: string | null;

  /** Why a curator declined it; shown to the author. */
  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy: Relation<AccountEntity> | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
