import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { InstrumentEntity } from './instrument.entity.js';

export interface FieldChangeRecord {
  field: string;
  old: unknown;
  new: unknown;
}

/** Who changed which fields of an instrument, from what to what. Append-only. */
@Entity('instrument_revisions')
@Index('instrument_revisions_instrument_idx', ['instrumentId', 'changedAt'])
export class InstrumentRevisionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity>;

  @Column({ name: 'changed_by_id', type: 'uuid', nullable: true })
  changedById: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy: Relation<AccountEntity> | null;

  @Column({ name: 'changed_by_name', type: 'text' })
  changedByName: string;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;

  /** CREATE, UPDATE, STATUS, EVIDENCE. */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'jsonb' })
  changes: FieldChangeRecord[];
}
