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
  UpdateDateColumn,
} from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { InstrumentEntity } from '../catalogue/instrument.entity.js';
import { PhaseEntity, SectorEntity } from '../vocabularies/vocabulary-term.entity.js';

/** One member's stars (and optional review) for one instrument. */
@Entity('ratings')
@Unique('ratings_account_instrument_key', ['accountId', 'instrumentId'])
@Check('ratings_score_range', 'score BETWEEN 1 AND 5')
@Index('ratings_reviews_idx', ['instrumentId', 'updatedAt', 'id'])
export class RatingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity>;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'account_id' })
  account: Relation<AccountEntity>;

  @Column({ type: 'smallint' })
  score: number;

  @Column({ type: 'text', nullable: true })
  review: string | null;

  @Column({ name: 'context_sector_id', type: 'integer', nullable: true })
  contextSectorId: number | null;

  @ManyToOne(() => SectorEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'context_sector_id' })
  contextSector: Relation<SectorEntity> | null;

  @Column({ name: 'context_phase_id', type: 'integer', nullable: true })
  contextPhaseId: number | null;

  @ManyToOne(() => PhaseEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'context_phase_id' })
  contextPhase: Relation<PhaseEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  @Column({ name: 'hidden_by_id', type: 'uuid', nullable: true })
  hiddenById: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'hidden_by_id' })
  hiddenBy: Relation<AccountEntity> | null;
}
