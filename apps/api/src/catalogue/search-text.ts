import { SEARCH_MAX_LENGTH } from '#domain';

/**
 * Makes any input safe to hand to websearch_to_tsquery and trigram matching: no NUL or other
 * control characters (PostgreSQL text cannot hold NUL), collapsed whitespace, and cut to a
 * length that still says what a person searches for. Returns null when nothing is left.
 */
export function normaliseSearch(input: string | null | undefined): string | null {
  if (!input) return null;
  const cleaned = input
    .slice(0, SEARCH_MAX_LENGTH * 4)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, ' ')
    .replace(/[\ud800-\udfff]/g, (c, i: number, s: string) => (isPairedSurrogate(s, i) ? c : ' '))
    .replace(/\s+/g, ' ')
    .trim();
  const cut = Array.from(cleaned).slice(0, SEARCH_MAX_LENGTH).join('').trim();
  return cut.length ? cut : null;
}

function isPairedSurrogate(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code <= 0xdbff) {
    const next = s.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  const prev = s.charCodeAt(i - 1);
  return prev >= 0xd800 && prev <= 0xdbff;
}
