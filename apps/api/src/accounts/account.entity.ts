import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ROLES, type Role } from '#domain';

@Entity('accounts')
@Index('accounts_email_idx', ['email'], { unique: true })
@Index('accounts_role_idx', ['role'])
@Check('accounts_email_normalised', `"email" = lower(normalize(btrim("email"), NFC))`)
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Normalised (see normaliseEmail; checked by the database), so uniqueness ignores case and Unicode form. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** argon2id; never leaves the accounts service. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  /** Made by a development start with a known password; refused in production. */
  @Column({ type: 'boolean', default: false })
  demo: boolean;

  @Column({ type: 'enum', enum: ROLES, enumName: 'account_role', default: 'MEMBER' })
  role: Role;

  /** When the owner proved the address; null until then (only `register` writes null). */
  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true, default: () => 'now()' })
  emailVerifiedAt: Date | null;

  /** Set by an admin: no sign-in, no sessions. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
