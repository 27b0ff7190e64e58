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
