import type { TFunction } from 'i18next';
import { fieldErrors, serverProblem } from '../../../app/errors';

/**
 * The form-level message of a failed account request: the wait the API asks for after too many
 * attempts ("Probeer het over 4 minuten opnieuw"), a disabled account, or the general message.
 */
export function signInProblem(error: unknown, t: TFunction<'account'>): string {
  const problem = serverProblem(error);
  if (problem?.code === 'TOO_MANY_REQUESTS') {
    const seconds = Number(problem.extensions.retryAfter);
    if (Number.isFinite(seconds) && seconds > 0) {
      return seconds < 60 ? t('signInExtra.tooManySeconds', { count: Math.ceil(seconds) }) : t('signInExtra.tooMany', { count: Math.ceil(seconds / 60) });
    }
  }
  if (problem?.code === 'FORBIDDEN' && problem.extensions.reason === 'ACCOUNT_DISABLED') return t('signInExtra.disabled');
  return t(fieldErrors(error, []).general ?? 'errors.INTERNAL_SERVER_ERROR', { ns: 'app' });
}
