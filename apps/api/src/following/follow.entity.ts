import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { DEFAULT_FOLLOW_FREQUENCY, FOLLOW_FREQUENCIES, FOLLOW_KINDS, type FollowFrequency, type FollowKind } from '#domain';
import { AccountEntity } from '../accounts/account.entity.js';
import { InstrumentEntity } from '../catalogue/instrument.entity.js';
import { CollectionEntity } from '../collections/collection.entity.js';
import { PhaseEntity } from '../vocabularies/vocabulary-term.entity.js';

/** A member follows one instrument, phase or starter kit (issue #23); once each, its target gone → the follow goes. */
@Entity('follows')
@Check('follows_one_target', `(kind = 'INSTRUMENT') = (instrument_id IS NOT NULL) AND (kind = 'PHASE') = (phase_id IS NOT NULL) AND (kind = 'COLLECTION') = (collection_id IS NOT NULL)`)
@Index('follows_account_instrument_key', ['accountId', 'instrumentId'], { unique: true, where: 'instrument_id IS NOT NULL' })
@Index('follows_account_phase_key', ['accountId', 'phaseId'], { unique: true, where: 'phase_id IS NOT NULL' })
@Index('follows_account_collection_key', ['accountId', 'collectionId'], { unique: true, where: 'collection_id IS NOT NULL' })
// Who follows what an event is about, and a member's list (newest first).
@Index('follows_instrument_idx', ['instrumentId'], { where: 'instrument_id IS NOT NULL' })
@Index('follows_phase_idx', ['phaseId'], { where: 'phase_id IS NOT NULL' })
@Index('follows_collection_idx', ['collectionId'], { where: 'collection_id IS NOT NULL' })
@Index('follows_account_created_idx', ['accountId', 'createdAt', 'id'])
export class FollowEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'account_id' })
  account: Relation<AccountEntity>;

  @Column({ type: 'enum', enum: FOLLOW_KINDS, enumName: 'follow_kind' })
  kind: FollowKind;

  @Column({ name: 'instrument_id', type: 'uuid', nullable: true })
  instrumentId: string | null;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity> | null;

  @Column({ name: 'phase_id', type: 'integer', nullable: true })
  phaseId: number | null;

  @ManyToOne(() => PhaseEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'phase_id' })
  phase: Relation<PhaseEntity> | null;

  @Column({ name: 'collection_id', type: 'uuid', nullable: true })
  collectionId: string | null;

  @ManyToOne(() => CollectionEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'collection_id' })
  collection: Relation<CollectionEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A member's choice of how often follow mails come; no row means IMMEDIATE. */
@Entity('follow_settings')
export class FollowSettingsEntity {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'account_id' })
  account: Relation<AccountEntity>;

  @Column({ type: 'enum', enum: FOLLOW_FREQUENCIES, enumName: 'follow_frequency', default: DEFAULT_FOLLOW_FREQUENCY })
  frequency: FollowFrequency;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * An event a WEEKLY member will read in their next digest: written in the transaction of the change,
 * marked digested in the transaction that puts the digest into the outbox.
 */
@Entity('follow_digest_items')
@Index('follow_digest_items_pending_idx', ['accountId', 'id'], { where: 'digested_at IS NULL' })
@Index('follow_digest_items_instrument_idx', ['instrumentId'])
export class FollowDigestItemEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'account_id' })
  account: Relation<AccountEntity>;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity>;

  /** The event in one Dutch line, as the digest lists it under the instrument. */
  @Column({ type: 'text' })
  summary: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'digested_at', type: 'timestamptz', nullable: true })
  digestedAt: Date | null;
}
