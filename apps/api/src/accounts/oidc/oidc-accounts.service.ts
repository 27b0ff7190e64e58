import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ACCOUNT_LIMITS, INSTITUTION_SIGN_IN_FAILURES as FAILURES, normaliseEmail } from '#domain';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { isUniqueViolation } from '../../database/postgres-errors.js';
import { PasswordService } from '../password.service.js';
import type { ProviderIdentity } from './oidc-client.service.js';
import { OidcFailure } from './oidc-failure.js';
import { OidcQueries, type IdentityAccountRow } from './oidc.queries.js';

/** The account a sign-in ends in. */
export interface SignedInAccount {
  id: string;
  /** Made by this sign-in (not found by identity or linked by e-mail). */
  created: boolean;
}

/**
 * The account of a provider's identity: found by (issuer, subject); else an existing account with
 * the same e-mail address, linked only when the provider says the address is verified; else a new
 * MEMBER named from the `name` claim. The role never comes from the provider.
 */
@Injectable()
export class OidcAccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: OidcQueries,
    private readonly passwords: PasswordService,
  ) {}

  /** Two first sign-ins of one person at once: the second finds what the first made. */
  async accountFor(identity: ProviderIdentity): Promise<SignedInAccount> {
    try {
      return await this.findOrCreate(identity);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.findOrCreate(identity);
    }
  }

  private async findOrCreate(identity: ProviderIdentity): Promise<SignedInAccount> {
    const linked = await this.queries.accountOf(identity.issuer, identity.subject);
    if (linked) return { id: this.allowed(linked).id, created: false };

    const email = usableEmail(identity.email);
    if (!email) throw new OidcFailure(FAILURES.NO_EMAIL, 'the provider sent no usable e-mail address');
    const existing = await this.queries.accountByEmail(email);
    if (existing) {
      // Only the provider's word that the address is the person's own may hand them an account someone made with it.
      if (!identity.emailVerified) {
        throw new OidcFailure(FAILURES.EMAIL_UNVERIFIED, 'an account has this e-mail address, which the provider does not say is verified');
      }
      this.allowed(existing);
      await this.queries.link(this.dataSource, existing.id, identity.issuer, identity.subject);
      return { id: existing.id, created: false };
    }

    // The account gets a password nobody knows (argon2 like every other), so a password reset can give it one later.
    const passwordHash = await this.passwords.hash(randomBytes(32).toString('base64url'));
    return this.dataSource.transaction(async (em) => {
      const id = await this.queries.insertMember(em, email, displayNameOf(identity, email), passwordHash, identity.emailVerified === true);
      await this.queries.link(em, id, identity.issuer, identity.subject);
      return { id, created: true };
    });
  }

  /**
   * Who may not sign in this way: a demo account (published password) in production, as with a
   * password, and an account an admin disabled (issue #20.5).
   */
  private allowed(account: IdentityAccountRow): IdentityAccountRow {
    if ((account.demo && this.config.production) || account.disabled) {
      throw new OidcFailure(FAILURES.REFUSED, `account ${account.id} may not sign in here`);
    }
    return account;
  }
}

/** The provider's address in the app's normal form, or undefined when it cannot be an account's address. */
function usableEmail(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const email = normaliseEmail(value);
  return email.length <= ACCOUNT_LIMITS.email.max && /^[^\s@]+@[^\s@]+$/.test(email) ? email : undefined;
}

/** The `name` claim (or given and family name), else the e-mail address's local part; within the name limits. */
function displayNameOf(identity: ProviderIdentity, email: string): string {
  const { min, max } = ACCOUNT_LIMITS.displayName;
  const name = (identity.name ?? '').replace(/\s+/g, ' ').trim().slice(0, max).trim();
  if (name.length >= min) return name;
  const local = email.split('@')[0].slice(0, max);
  return local.length >= min ? local : 'Lid';
}
