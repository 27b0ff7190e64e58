import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import {
  EVIDENCE_ASSESSMENT_LIMITS as L,
  EVIDENCE_LEVELS,
  EVIDENCE_SOURCE_KINDS,
  type EvidenceLevel,
  type EvidenceSourceKind,
} from '#domain';
import { AccountEntity } from '../accounts/account.entity.js';
import { InstrumentEntity } from '../catalogue/instrument.entity.js';
import { PilotEntity } from '../pilots/pilot.entity.js';
import { PracticeReportEntity } from '../practice-reports/practice-report.entity.js';

/**
 * One assessment of an instrument's evidence level, with its reason ("beoordeling"). Append-only
 * (a trigger refuses UPDATE and DELETE): the latest is the instrument's level, which
 * `instruments.evidence_level` repeats for the catalogue's filters, written in the same transaction.
 */
@Entity('evidence_assessments')
@Index('evidence_assessments_instrument_idx', ['instrumentId', 'assessedAt', 'id'])
@Check('evidence_assessments_reason_length', `length(btrim(reason)) BETWEEN ${L.reason.min} AND ${L.reason.max}`)
export class EvidenceAssessmentEntity {
  // A sequence, so that assessments made in one transaction (one now()) still keep their order.
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity>;

  @Column({ type: 'enum', enum: EVIDENCE_LEVELS, enumName: 'evidence_level' })
  level: EvidenceLevel;

  @Column({ type: 'text' })
  reason: string;

  /** Null for the levels taken over from the catalogue before assessments existed. */
  @Column({ name: 'assessed_by_id', type: 'uuid', nullable: true })
  assessedById: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'assessed_by_id' })
  assessedBy: Relation<AccountEntity> | null;

  /** Display name at the time (an import or example data has no account behind it). */
  @Column({ name: 'assessed_by_name', type: 'text', nullable: true })
  assessedByName: string | null;

  @Column({ name: 'assessed_at', type: 'timestamptz', default: () => 'now()' })
  assessedAt: Date;
}

/**
 * A source an assessment cites. A practice report or pilot is cited by key and by a label (its
 * community and period at the time); when it is deleted the key becomes NULL and the label stays,
 * so the history keeps what was cited (migration EvidenceSourceLinks, with its trigger).
 */
@Entity('evidence_assessment_sources')
@Index('evidence_assessment_sources_assessment_idx', ['assessmentId', 'position'])
@Index('evidence_assessment_sources_practice_report_idx', ['practiceReportId'])
@Index('evidence_assessment_sources_pilot_idx', ['pilotId'])
@Check(
  'evidence_assessment_sources_kind_columns',
  `(kind = 'LINK' AND url IS NOT NULL AND label IS NOT NULL AND practice_report_id IS NULL AND pilot_id IS NULL)
   OR (kind = 'PRACTICE_REPORT' AND label IS NOT NULL AND url IS NULL AND pilot_id IS NULL)
   OR (kind = 'PILOT' AND label IS NOT NULL AND url IS NULL AND practice_report_id IS NULL)`,
)
export class EvidenceAssessmentSourceEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'assessment_id', type: 'bigint' })
  assessmentId: string;

  @ManyToOne(() => EvidenceAssessmentEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'assessment_id' })
  assessment: Relation<EvidenceAssessmentEntity>;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'enum', enum: EVIDENCE_SOURCE_KINDS, enumName: 'evidence_source_kind' })
  kind: EvidenceSourceKind;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ name: 'practice_report_id', type: 'uuid', nullable: true })
  practiceReportId: string | null;

  @ManyToOne(() => PracticeReportEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'practice_report_id' })
  practiceReport: Relation<PracticeReportEntity> | null;

  @Column({ name: 'pilot_id', type: 'uuid', nullable: true })
  pilotId: string | null;

  @ManyToOne(() => PilotEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'pilot_id' })
  pilot: Relation<PilotEntity> | null;
}
