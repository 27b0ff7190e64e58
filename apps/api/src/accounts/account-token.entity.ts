import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ACCOUNT_TOKEN_PURPOSES, type AccountTokenPurpose } from '#domain';
import { AccountEntity } from './account.entity.js';

/** A single-use link sent by mail. Only a SHA-256 hash of the token is stored. */
@Entity('account_tokens')
@Index('account_tokens_token_hash_idx', ['tokenHash'], { unique: true })
@Index('account_tokens_account_idx', ['accountId', 'purpose'])
@Check('account_tokens_expiry_after_creation', `"expires_at" > "created_at"`)
@Check('account_tokens_email_normalised', `"email" = lower(normalize(btrim("email"), NFC))`)
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_account_tokens' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_account_tokens_account' })
  account: Relation<AccountEntity>;

  @Column({ type: 'enum', enum: ACCOUNT_TOKEN_PURPOSES, enumName: 'account_token_purpose' })
  purpose: AccountTokenPurpose;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** The address the link went to: the account's, or the new one for EMAIL_CHANGE. */
  @Column({ type: 'text' })
  email: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
