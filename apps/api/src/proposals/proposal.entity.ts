import {
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
import { ORIGINS, PROPOSAL_STATUSES, type Origin, type ProposalStatus } from '#domain';
import { AccountEntity } from '../accounts/account.entity.js';
import { InstrumentEntity } from '../catalogue/instrument.entity.js';

/** A member's proposed instrument. Vocabulary values are kept as codes until a curator accepts. */
@Entity('proposals')
@Index('proposals_status_created_idx', ['status', 'createdAt', 'id'])
@Index('proposals_proposer_idx', ['proposerId', 'createdAt'])
@Index('proposals_search_title_trgm_idx', { synchronize: false })
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposer_id', type: 'uuid' })
  proposerId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'proposer_id' })
  proposer: Relation<AccountEntity>;

  @Column({ type: 'enum', enum: PROPOSAL_STATUSES, enumName: 'proposal_status', default: 'SUBMITTED' })
  status: ProposalStatus;

  @Column({ type: 'text' })
  title: string;

  /** lower(nlc_unaccent(title)), set by a trigger, for similarity. */
  @Column({ name: 'search_title', type: 'text', default: '', select: false, insert: false, update: false })
  searchTitle: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phases: string[];

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  audiences: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'enum', enum: ORIGINS, enumName: 'instrument_origin', default: 'EXISTING' })
  origin: Origin;

  @Column({ name: 'owner_organisation', type: 'text', nullable: true })
  ownerOrganisation: string | null;

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: { label: string; url: string }[];

  @Column({ type: 'text', default: 'nl' })
  language: string;

  @Column({ type: 'text', nullable: true })
  licence: string | null;

  @Column({ name: 'time_needed', type: 'text', nullable: true })
  timeNeeded: string | null;

  @Column({ type: 'text' })
  motivation: string;

  @Column({ name: 'reviewer_id', type: 'uuid', nullable: true })
  reviewerId: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer: Relation<AccountEntity> | null;

  /** The reason of the latest rejection or request for changes. */
  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Index('proposals_instrument_idx', { unique: true })
  @Column({ name: 'instrument_id', type: 'uuid', nullable: true })
  instrumentId: string | null;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
