import { ACCOUNT_LIMITS, ACCOUNT_REASONS, type PasswordProblem } from './accounts.js';

/**
 * Passwords worth having (NIST SP 800-63B): at least ACCOUNT_LIMITS.password.min characters, no
 * composition rules, but refused when zxcvbn-ts finds them guessable: built from a common-password
 * list or common words (its common and Dutch dictionaries), or from the person's own e-mail
 * address or name. There is no online breached-password list here (no internet); the common-password
 * dictionary stands in for it. The API and the web form judge with this one function; the
 * dictionaries (about 1 MB) load on first use, so the catalogue's bundle does not carry them.
 */
export const PASSWORD_POLICY = {
  /** zxcvbn's 0–4; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
  minScore: 3,
  /** Refused when words of the e-mail address or name make up this share of the password or more. */
  maxPersonalShare: 0.5,
} as const;

/** Words of the service itself, refused like personal ones. */
const SERVICE_WORDS = ['instrumentencatalogus', 'instrumenten', 'catalogus', 'learning', 'community', 'netwerk'];

export interface PasswordJudgement {
  /** 0 (very weak) to 4 (strong). */
  score: number;
  problem: PasswordProblem | null;
}

export type PasswordJudge = (password: string, person: { email?: string; displayName?: string }) => PasswordJudgement;

/** The e-mail address, its parts and the name's words (3+ letters), as zxcvbn's user inputs. */
export function personalWords(person: { email?: string; displayName?: string }): string[] {
  const words = new Set<string>(SERVICE_WORDS);
  const email = person.email?.trim().toLowerCase() ?? '';
  if (email) {
    words.add(email);
    const [local = '', domain = ''] = email.split('@');
    words.add(local);
    for (const part of [...local.split(/[^\p{L}\p{N}]+/u), ...domain.split('.').slice(0, -1)]) if (part.length >= 3) words.add(part);
  }
  const name = person.displayName?.trim().toLowerCase() ?? '';
  if (name) {
    words.add(name.replace(/\s+/g, ''));
    for (const part of name.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

let judge: Promise<PasswordJudge> | undefined;

/** Loads zxcvbn-ts and its dictionaries once; the judge then answers synchronously. */
export function loadPasswordJudge(): Promise<PasswordJudge> {
  judge ??= (async () => {
    const [{ ZxcvbnFactory }, common, nl] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-nl-be'),
    ]);
    // Common (passwords, diceware words) and Dutch: English's word lists would double the memory (about
    // 70 MB in the API) for little; the common password list is mostly English already.
    // A language's lists keep their own names beside the common ones.
    const prefixed = (prefix: string, lists: Record<string, string[]>) =>
      Object.fromEntries(Object.entries(lists).map(([name, words]) => [`${prefix}-${name}`, words]));
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...prefixed('nl', nl.dictionary) },
      graphs: common.adjacencyGraphs,
      translations: nl.translations,
    });
    return (password, person) => {
      const result = zxcvbn.check(password.slice(0, ACCOUNT_LIMITS.password.max), personalWords(person));
      const personal = result.sequence
        .filter((match) => match.pattern === 'dictionary' && match.dictionaryName === 'userInputs')
        .reduce((sum, match) => sum + match.token.length, 0);
      const common = result.sequence.some(
        (match) => match.pattern === 'dictionary' && match.dictionaryName === 'passwords-common' && match.token.length >= password.length / 2,
      );
      let problem: PasswordProblem | null = null;
      if (personal >= password.length * PASSWORD_POLICY.maxPersonalShare) problem = ACCOUNT_REASONS.passwordPersonal;
      else if (result.score < PASSWORD_POLICY.minScore) problem = common ? ACCOUNT_REASONS.passwordCommon : ACCOUNT_REASONS.passwordWeak;
      return { score: problem ? Math.min(result.score, PASSWORD_POLICY.minScore - 1) : result.score, problem };
    };
  })();
  return judge;
}
