import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ROLES, type Role } from '#domain';

@Entity('accounts')
@Index('accounts_email_idx', ['email'], { unique: true })
@Index('accounts_role_idx', ['role'])
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Normalised (see normaliseEmail), so uniqueness ignores case. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** argon2id; never leaves the accounts service. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'account_role', default: 'MEMBER' })
  role: Role;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
