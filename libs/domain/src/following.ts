/** What a member can follow (issue #23): an instrument, a phase of the phase vocabulary, or a starter kit. */
export const FOLLOW_KINDS = ['INSTRUMENT', 'PHASE', 'COLLECTION'] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

/** How often a member hears about what they follow: a mail per event, a weekly digest, or nothing. */
export const FOLLOW_FREQUENCIES = ['IMMEDIATE', 'WEEKLY', 'OFF'] as const;
export type FollowFrequency = (typeof FOLLOW_FREQUENCIES)[number];
export const DEFAULT_FOLLOW_FREQUENCY: FollowFrequency = 'IMMEDIATE';

/**
 * Addresses of following: the member's list, and the one-click unsubscribe of follow mails
 * (RFC 8058): the API's POST route named in the List-Unsubscribe header and the web page the
 * mail's text links to (both take `?token=`).
 */
export const FOLLOW_PATHS = {
  list: '/mijn-volglijst',
  unsubscribeApi: '/api/unsubscribe',
  unsubscribePage: '/afmelden',
} as const;

/**
 * The parameter the API adds to the unsubscribe page's address when a browser's form (without
 * JavaScript) has ended the follow: the API answers such a POST with a redirect there.
 */
export const UNSUBSCRIBED_PARAM = 'afgemeld';

/** `extensions.reason` of a forged or altered unsubscribe token. */
export const FOLLOW_REASONS = { tokenInvalid: 'TOKEN_INVALID' } as const;
