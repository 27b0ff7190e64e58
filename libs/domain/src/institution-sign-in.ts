/**
 * Single sign-on with the institution's account (OpenID Connect, SURFconext): the API's routes and
 * the codes with which a failed sign-in comes back to the sign-in page (`/inloggen?instelling=<code>`),
 * where the web app says each in Dutch or English.
 */
export const INSTITUTION_SIGN_IN = {
  /** `GET` with `?next=/a/local/path`: sends the browser to the provider. */
  startPath: '/api/auth/oidc/start',
  /** The redirect URI to register at the provider (after the site's address). */
  callbackPath: '/api/auth/oidc/callback',
  /** The sign-in page's query parameter that carries a failure code. */
  failureParam: 'instelling',
  /** OIDC_BUTTON_LABEL's default; the web app shows its own translation of it (an operator's own label as is). */
  defaultLabel: 'Inloggen met je instelling',
} as const;

export const INSTITUTION_SIGN_IN_FAILURES = {
  /** No sign-in under way in this browser, its ten minutes are over, or the state does not match. */
  EXPIRED: 'verlopen',
  /** The person cancelled or the provider refused (`error=access_denied`). */
  DENIED: 'geweigerd',
  /** Any other answer of the provider that does not check out. */
  FAILED: 'mislukt',
  /** The provider could not be reached (its discovery document or token endpoint). */
  UNAVAILABLE: 'onbereikbaar',
  /** An account has the e-mail address, but the provider does not say the address is verified. */
  EMAIL_UNVERIFIED: 'niet-bevestigd',
  /** The provider sends no usable e-mail address, and an account needs one. */
  NO_EMAIL: 'geen-email',
  /** The account may not sign in (a demo account in production; a disabled account). */
  REFUSED: 'geblokkeerd',
  /** Too many sign-in attempts from this address (the sign-in rate limit). */
  TOO_MANY: 'te-vaak',
} as const;

export type InstitutionSignInFailure = (typeof INSTITUTION_SIGN_IN_FAILURES)[keyof typeof INSTITUTION_SIGN_IN_FAILURES];

export function isInstitutionSignInFailure(value: unknown): value is InstitutionSignInFailure {
  return (Object.values(INSTITUTION_SIGN_IN_FAILURES) as unknown[]).includes(value);
}
