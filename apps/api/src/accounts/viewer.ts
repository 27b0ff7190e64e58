import type { Role } from '#domain';

/** The signed-in person a request acts for. */
export interface Viewer {
  accountId: string;
  displayName: string;
  role: Role;
  sessionId: string;
  /** Rating, reviewing and proposing wait for this (RequireVerifiedEmail). */
  emailVerified: boolean;
}
