import type { InstitutionSignInFailure } from '#domain';

/** A sign-in with the institution that ends without a session: the code goes to the sign-in page, the reason only to the log. */
export class OidcFailure extends Error {
  /** Where the person was going, when the failure happened after the sign-in under way was found. */
  returnPath: string | undefined;

  constructor(
    readonly code: InstitutionSignInFailure,
    reason: string,
  ) {
    super(reason);
    this.name = 'OidcFailure';
  }
}

/**
 * A path on this site to return to, or `/`: never `//host`, `/\host` (browsers read `\` as `/`),
 * a scheme or control characters, so the redirect after sign-in cannot leave the site.
 */
export function localReturnPath(value: unknown): string {
  const unsafe = (text: string) => /^\/\/|\\/.test(text) || [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
  if (typeof value !== 'string' || value.length > 1000 || !value.startsWith('/') || unsafe(value)) return '/';
  const base = 'http://site.invalid';
  const url = new URL(value, base);
  return url.origin === base ? url.pathname + url.search + url.hash : '/';
}
