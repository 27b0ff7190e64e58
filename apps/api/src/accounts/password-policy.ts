import { Injectable } from '@nestjs/common';
import { ACCOUNT_REASONS } from '#domain';
// Its own module, outside the '#domain' index: the web app loads it lazily (features/account/passwordJudge.ts).
import { loadPasswordJudge, type PasswordJudge } from '../../../../libs/domain/src/password-strength.js';
import { DomainError } from '../common/domain-error.js';

const MESSAGES = {
  [ACCOUNT_REASONS.passwordCommon]:
    'Dit wachtwoord staat in lijsten van veelgebruikte wachtwoorden; kies een ander. (This password is a common one; choose another.)',
  [ACCOUNT_REASONS.passwordPersonal]:
    'Dit wachtwoord is gemaakt van je e-mailadres of naam; kies een ander. (This password is built from your e-mail address or name.)',
  [ACCOUNT_REASONS.passwordWeak]:
    'Dit wachtwoord is te makkelijk te raden; een zin van een paar woorden is sterker. (This password is too easy to guess.)',
};

/**
 * Refuses guessable passwords (libs/domain password-strength.ts) with BAD_USER_INPUT and a `reason`.
 * The dictionaries load on the first password judged (about 0.3 s, and some 50 MB of RSS that an API
 * serving only the catalogue never pays).
 */
@Injectable()
export class PasswordPolicy {
  private judge: PasswordJudge | undefined;

  async check(password: string, person: { email: string; displayName: string }, field = 'password'): Promise<void> {
    this.judge ??= await loadPasswordJudge();
    const { problem } = this.judge(password, person);
    if (problem) throw new DomainError('BAD_USER_INPUT', MESSAGES[problem], [field], { reason: problem });
  }
}
