import { describe, expect, it } from '@jest/globals';
import { UnsubscribeTokens, type UnsubscribeTarget } from './unsubscribe-token.js';

const tokens = new UnsubscribeTokens('a secret for the unit test');
const follow: UnsubscribeTarget = {
  scope: 'follow',
  accountId: '0b5c7a52-5f0e-4c1a-9a57-1e0c8b2d9f10',
  followId: '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c',
  kind: 'INSTRUMENT',
  targetId: '11111111-2222-4333-8444-555555555555',
};

describe('unsubscribe tokens', () => {
  it('give back what they were signed for: a follow (by UUID or phase code) or all of an account', () => {
    const phase: UnsubscribeTarget = { ...follow, kind: 'PHASE', targetId: 'EVALUATE' };
    const all: UnsubscribeTarget = { scope: 'all', accountId: follow.accountId };
    for (const target of [follow, phase, all]) expect(tokens.verify(tokens.sign(target))).toEqual(target);
    expect(tokens.sign(follow)).toMatch(/^[A-Za-z0-9_-]{80,100}$/);
  });

  it('refuse every changed character, truncation, another secret and junk', () => {
    const token = tokens.sign(follow);
    for (let i = 0; i < token.length; i++) {
      const changed = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(tokens.verify(changed)).toBeNull();
    }
    expect(tokens.verify(token.slice(0, -1))).toBeNull();
    expect(tokens.verify(new UnsubscribeTokens('another secret altogether').sign(follow))).toBeNull();
    for (const junk of ['', 'abc', '!!!', 'x'.repeat(600)]) expect(tokens.verify(junk)).toBeNull();
  });
});
