import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { AccountEntity } from '../account.entity.js';

/**
 * An account's identity at an OpenID provider: the provider's `iss` and its `sub` for the person,
 * which (unlike an e-mail address) the provider never reassigns. Later sign-ins find the account by it.
 */
@Entity('account_identities')
@Index('account_identities_issuer_subject_idx', ['issuer', 'subject'], { unique: true })
@Index('account_identities_account_idx', ['accountId'])
@Check('account_identities_not_blank', `length("issuer") > 0 AND length("subject") > 0`)
export class AccountIdentityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'account_id' })
  account: Relation<AccountEntity>;

  @Column({ type: 'text' })
  issuer: string;

  @Column({ type: 'text' })
  subject: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', default: () => 'now()' })
  lastSignInAt: Date;
}
