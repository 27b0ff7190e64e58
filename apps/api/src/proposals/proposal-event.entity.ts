import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PROPOSAL_STATUSES, type ProposalStatus } from '#domain';
import { AccountEntity } from '../accounts/account.entity.js';
import { ProposalEntity } from './proposal.entity.js';

/** Every state change of a proposal: who, when, why. Append-only. */
@Entity('proposal_events')
@Index('proposal_events_proposal_idx', ['proposalId', 'at'])
@Check('proposal_events_fields_on_request', `"fields" IS NULL OR ("to_status" = 'CHANGES_REQUESTED' AND jsonb_typeof("fields") = 'object')`)
export class ProposalEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'proposal_id' })
  proposal: Relation<ProposalEntity>;

  @Column({ name: 'from_status', type: 'enum', enum: PROPOSAL_STATUSES, enumName: 'proposal_status', nullable: true })
  fromStatus: ProposalStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: PROPOSAL_STATUSES, enumName: 'proposal_status' })
  toStatus: ProposalStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor: Relation<AccountEntity> | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** On a request for changes: the proposal's fields at that moment (ProposalFieldSnapshot), to show what changed after it. */
  @Column({ type: 'jsonb', nullable: true })
  fields: Record<string, unknown> | null;
}
