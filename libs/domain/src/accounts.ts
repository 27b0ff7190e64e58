import type { Labels } from './vocabulary.js';

export const ROLES = ['MEMBER', 'CURATOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, Labels> = {
  MEMBER: { nl: 'Lid', en: 'Member' },
  CURATOR: { nl: 'Curator', en: 'Curator' },
  ADMIN: { nl: 'Beheerder', en: 'Administrator' },
};

/** Each role may do everything the roles before it may. */
export function hasRole(actual: Role, required: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(required);
}

export const ACCOUNT_LIMITS = {
  email: { max: 254 },
  displayName: { min: 2, max: 80 },
  /** Long passphrases welcome; longer than this is refused before hashing. */
  password: { min: 10, max: 128 },
} as const;

/**
 * Trimmed, NFC, lower case: one account per address however it is typed (composed or decomposed
 * accents, any case); NFC once more because lower-casing does not keep a string in NFC. The
 * database checks that every stored address is in this form (migration AccountsDemoFlagAndEmailForm).
 */
export function normaliseEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase().normalize('NFC');
}

/** What a mailed single-use link is for. */
export const ACCOUNT_TOKEN_PURPOSES = ['PASSWORD_RESET', 'EMAIL_VERIFICATION', 'EMAIL_CHANGE'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/** How long a mailed link works, in milliseconds. */
export const ACCOUNT_TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: 60 * 60 * 1000,
  EMAIL_VERIFICATION: 7 * 24 * 60 * 60 * 1000,
  EMAIL_CHANGE: 24 * 60 * 60 * 1000,
};

/** The paths of the web app that mailed links open (`?token=…`). */
export const ACCOUNT_LINK_PATHS = {
  resetPassword: '/wachtwoord-herstellen',
  confirmEmail: '/e-mail-bevestigen',
} as const;

/** `extensions.reason` of the errors a person can act on. */
export const ACCOUNT_REASONS = {
  emailNotVerified: 'EMAIL_NOT_VERIFIED',
  accountDisabled: 'ACCOUNT_DISABLED',
  passwordCommon: 'PASSWORD_COMMON',
  passwordPersonal: 'PASSWORD_PERSONAL',
  passwordWeak: 'PASSWORD_WEAK',
  tokenInvalid: 'TOKEN_INVALID',
} as const;
export type PasswordProblem = (typeof ACCOUNT_REASONS)['passwordCommon' | 'passwordPersonal' | 'passwordWeak'];
