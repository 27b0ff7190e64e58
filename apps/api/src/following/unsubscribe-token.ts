import { createHmac, timingSafeEqual } from 'node:crypto';
import { FOLLOW_KINDS, type FollowKind } from '#domain';

/** What an unsubscribe link ends: one follow (an immediate mail), or all follow mails of an account (a digest). */
export type UnsubscribeTarget =
  | { scope: 'follow'; accountId: string; followId: string; kind: FollowKind; targetId: string }
  | { scope: 'all'; accountId: string };

const MAC_BYTES = 32;
const SEPARATOR = '|';
const ID = /^[0-9a-z-]{1,64}$/i;

/**
 * Unsubscribe tokens: the target in plain text followed by its HMAC-SHA256 under UNSUBSCRIBE_SECRET,
 * together as one base64url string (only the characters the outbox blanks after sending). No row
 * per mail: the MAC proves the server wrote it; a follow token also names the follow's kind and
 * target, so a link that already did its work can still say what it ended.
 */
export class UnsubscribeTokens {
  constructor(private readonly secret: string) {}

  sign(target: UnsubscribeTarget): string {
    const payload = Buffer.from(
      target.scope === 'follow'
        ? ['f', target.accountId, target.followId, target.kind, target.targetId].join(SEPARATOR)
        : ['a', target.accountId].join(SEPARATOR),
      'utf8',
    );
    return Buffer.concat([payload, this.mac(payload)]).toString('base64url');
  }

  /** The target of a token this server signed; null for anything else (altered, truncated, foreign). */
  verify(token: string): UnsubscribeTarget | null {
    if (token.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
    const bytes = Buffer.from(token, 'base64url');
    if (bytes.length <= MAC_BYTES) return null;
    const payload = bytes.subarray(0, bytes.length - MAC_BYTES);
    const given = bytes.subarray(bytes.length - MAC_BYTES);
    // A changed last character may decode to the same bytes (unused low bits): the canonical form must match too.
    if (!timingSafeEqual(given, this.mac(payload)) || bytes.toString('base64url') !== token) return null;
    const parts = payload.toString('utf8').split(SEPARATOR);
    if (parts[0] === 'a' && parts.length === 2 && ID.test(parts[1])) return { scope: 'all', accountId: parts[1] };
    const [scope, accountId, followId, kind, targetId] = parts;
    if (scope === 'f' && parts.length === 5 && ID.test(accountId) && ID.test(followId) && (FOLLOW_KINDS as readonly string[]).includes(kind) && targetId) {
      return { scope: 'follow', accountId, followId, kind: kind as FollowKind, targetId };
    }
    return null;
  }

  private mac(payload: Buffer): Buffer {
    return createHmac('sha256', this.secret).update(payload).digest();
  }
}
