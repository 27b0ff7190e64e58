import { createHmac, timingSafeEqual } from 'node:crypto';
import { FOLLOW_KINDS, type FollowKind } from '#domain';

/** What an unsubscribe link ends: one follow (an immediate mail), or all follow mails of an account (a digest). */
export type UnsubscribeTarget =
  | { scope: 'follow'; accountId: string; followId: string; kind: FollowKind; targetId: string }
  | { scope: 'all'; accountId: string };

/** HMAC-SHA256 truncated to 128 bits: plenty against forgery, and a shorter link. */
const MAC_BYTES = 16;
const UUID_BYTES = 16;
const SCOPES = ['follow', 'all'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const uuidBytes = (id: string): Buffer => {
  if (!UUID.test(id)) throw new Error(`not a UUID: ${id}`);
  return Buffer.from(id.replace(/-/g, ''), 'hex');
};
const uuidText = (bytes: Buffer): string => bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

/**
 * Unsubscribe tokens: the target packed in bytes (scope, account, and for a follow its id, kind and
 * target: a UUID, or a phase's code as text) followed by their MAC under UNSUBSCRIBE_SECRET, as one
 * base64url string (only the characters the outbox blanks after sending). No row per mail: the MAC
 * proves the server wrote it; a follow token also names what it follows, so a link that already
 * did its work can still say what it ended.
 */
export class UnsubscribeTokens {
  constructor(private readonly secret: string) {}

  sign(target: UnsubscribeTarget): string {
    const parts = [Buffer.from([SCOPES.indexOf(target.scope)]), uuidBytes(target.accountId)];
    if (target.scope === 'follow') {
      const byUuid = target.kind !== 'PHASE';
      parts.push(uuidBytes(target.followId), Buffer.from([FOLLOW_KINDS.indexOf(target.kind)]), byUuid ? uuidBytes(target.targetId) : Buffer.from(target.targetId, 'utf8'));
    }
    const payload = Buffer.concat(parts);
    return Buffer.concat([payload, this.mac(payload)]).toString('base64url');
  }

  /** The target of a token this server signed; null for anything else (altered, truncated, foreign). */
  verify(token: string): UnsubscribeTarget | null {
    if (token.length > 500 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
    const bytes = Buffer.from(token, 'base64url');
    // A changed last character may decode to the same bytes (unused low bits): only the canonical form counts.
    if (bytes.length < 1 + UUID_BYTES + MAC_BYTES || bytes.toString('base64url') !== token) return null;
    const payload = bytes.subarray(0, bytes.length - MAC_BYTES);
    if (!timingSafeEqual(bytes.subarray(bytes.length - MAC_BYTES), this.mac(payload))) return null;
    const scope = SCOPES[payload[0]];
    const accountId = uuidText(payload.subarray(1, 1 + UUID_BYTES));
    if (scope === 'all' && payload.length === 1 + UUID_BYTES) return { scope, accountId };
    const kind = FOLLOW_KINDS[payload[1 + 2 * UUID_BYTES]];
    const target = payload.subarray(2 + 2 * UUID_BYTES);
    if (scope !== 'follow' || !kind || target.length === 0 || (kind !== 'PHASE' && target.length !== UUID_BYTES)) return null;
    const followId = uuidText(payload.subarray(1 + UUID_BYTES, 1 + 2 * UUID_BYTES));
    return { scope, accountId, followId, kind, targetId: kind === 'PHASE' ? target.toString('utf8') : uuidText(target) };
  }

  private mac(payload: Buffer): Buffer {
    return createHmac('sha256', this.secret).update(payload).digest().subarray(0, MAC_BYTES);
  }
}
