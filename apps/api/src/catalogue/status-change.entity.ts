import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PROTOTYPE_STATUSES, type PrototypeStatus } from '#domain';
import { AccountEntity } from '../accounts/account.entity.js';
import { InstrumentEntity } from './instrument.entity.js';

/** Append-only: a trigger refuses UPDATE and DELETE. */
@Entity('instrument_status_changes')
@Index('instrument_status_changes_instrument_idx', ['instrumentId', 'changedAt'])
export class StatusChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity>;

  @Column({ name: 'from_status', type: 'enum', enum: PROTOTYPE_STATUSES, enumName: 'prototype_status', nullable: true })
  fromStatus: PrototypeStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: PROTOTYPE_STATUSES, enumName: 'prototype_status' })
  toStatus: PrototypeStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'changed_by_id', type: 'uuid', nullable: true })
  changedById: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy: Relation<AccountEntity> | null;

  /** Display name at the time of the change (example data has no accounts behind it). */
  @Column({ name: 'changed_by_name', type: 'text' })
  changedByName: string;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
