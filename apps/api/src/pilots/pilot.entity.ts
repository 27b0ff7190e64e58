import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { PILOT_LIMITS as P, PILOT_STATES, type PilotState } from '#domain';
import { AccountEntity } from '../accounts/account.entity.js';
import { InstrumentEntity } from '../catalogue/instrument.entity.js';

/** The working group tries a prototype in one learning community over a period. */
@Entity('pilots')
@Index('pilots_instrument_idx', ['instrumentId', 'startsOn'])
@Check('pilots_period', 'ends_on IS NULL OR ends_on >= starts_on')
@Check('pilots_community_length', `length(community) BETWEEN ${P.community.min} AND ${P.community.max}`)
@Check('pilots_note_length', `note IS NULL OR length(note) <= ${P.note.max}`)
export class PilotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity>;

  /** The learning community the pilot runs in. */
  @Column({ type: 'text' })
  community: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'enum', enum: PILOT_STATES, enumName: 'pilot_state', default: 'PLANNED' })
  state: PilotState;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy: Relation<AccountEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A member invited to give feedback for a pilot site. */
@Entity('pilot_members')
@Index('pilot_members_account_idx', ['accountId'])
export class PilotMemberEntity {
  @PrimaryColumn({ name: 'pilot_id', type: 'uuid' })
  pilotId: string;

  @ManyToOne(() => PilotEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'pilot_id' })
  pilot: Relation<PilotEntity>;

  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'account_id' })
  account: Relation<AccountEntity>;

  @CreateDateColumn({ name: 'invited_at', type: 'timestamptz' })
  invitedAt: Date;
}

/**
 * One site's structured feedback: one per pilot and member, and only from an invited member (the
 * foreign key to pilot_members makes both true); a curator may write it on the member's behalf.
 */
@Entity('pilot_feedback')
@Unique('pilot_feedback_pilot_account_key', ['pilotId', 'accountId'])
@Check('pilot_feedback_usefulness_range', `usefulness BETWEEN ${P.usefulness.min} AND ${P.usefulness.max}`)
@Check('pilot_feedback_worked_length', `length(worked) BETWEEN ${P.worked.min} AND ${P.worked.max}`)
@Check('pilot_feedback_change_length', `change IS NULL OR length(change) <= ${P.change.max}`)
export class PilotFeedbackEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'pilot_id', type: 'uuid' })
  pilotId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => PilotMemberEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn([
    { name: 'pilot_id', referencedColumnName: 'pilotId' },
    { name: 'account_id', referencedColumnName: 'accountId' },
  ])
  member: Relation<PilotMemberEntity>;

  @Column({ type: 'text' })
  worked: string;

  @Column({ type: 'text', nullable: true })
  change: string | null;

  @Column({ type: 'boolean' })
  recommend: boolean;

  @Column({ type: 'smallint' })
  usefulness: number;

  /** Who typed it in: the member, or a curator on the site's behalf. */
  @Column({ name: 'given_by_id', type: 'uuid', nullable: true })
  givenById: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'given_by_id' })
  givenBy: Relation<AccountEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
