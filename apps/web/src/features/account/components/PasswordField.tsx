import { ACCOUNT_LIMITS } from '#domain';
import type { PasswordJudge, PasswordJudgement } from '../../../../../../libs/domain/src/password-strength';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { serverProblem } from '../../../app/errors';

/** The password problems the API names in `extensions.reason`, as the form's message keys. */
export function passwordProblemKey(error: unknown): string | null {
  const reason = serverProblem(error)?.extensions.reason;
  return typeof reason === 'string' && reason.startsWith('PASSWORD_') && reason !== 'PASSWORD_WRONG' ? `password.problems.${reason}` : null;
}

let judge: PasswordJudge | undefined;

/**
 * The judgement of a password as it is typed (the API judges with the same function); the
 * dictionaries load when the field is first used, so no other page downloads them.
 */
export function usePasswordJudgement(password: string, person: { email?: string; displayName?: string }): PasswordJudgement | null | 'loading' {
  const [ready, setReady] = useState(judge !== undefined);
  const wanted = password.length > 0;
  useEffect(() => {
    if (!wanted || judge) return;
    let live = true;
    void import('../passwordJudge').then(async ({ loadPasswordJudge }) => {
      const loaded = await loadPasswordJudge();
      judge = loaded;
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  if (!wanted) return null;
  if (!ready || !judge) return 'loading';
  return judge(password, person);
}

/** A new password with a strength meter that follows the typing; `error` is a message to show. */
export function PasswordField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  person,
}: {
  /** The input's id, for a link from the form's ErrorSummary. */
  id?: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  person: { email?: string; displayName?: string };
}) {
  const { t } = useTranslation('account');
  const judgement = usePasswordJudgement(value, person);
  const levels = t('password.levels', { returnObjects: true }) as string[];
  return (
    <Field id={id} label={label} hint={hint} error={error} required>
      {(props) => (
        <>
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            maxLength={ACCOUNT_LIMITS.password.max}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
          <div className="password-strength" aria-live="polite">
            {judgement === 'loading' && <p className="password-strength__text">{t('password.checking')}</p>}
            {judgement && judgement !== 'loading' && (
              <>
                <div className={`password-strength__bar password-strength__bar--${judgement.score}`} aria-hidden="true">
                  <span style={{ width: `${((judgement.score + 1) / 5) * 100}%` }} />
                </div>
                <p className="password-strength__text">
                  {t('password.strength', { label: levels[judgement.score] })}
                  {judgement.problem && value.length >= ACCOUNT_LIMITS.password.min ? ` — ${t(`password.problems.${judgement.problem}`)}` : ''}
                </p>
              </>
            )}
          </div>
        </>
      )}
    </Field>
  );
}

/** The message key of a new password's problem before sending, or null (length first, then strength). */
export function newPasswordProblem(password: string, person: { email?: string; displayName?: string }): string | null {
  if (password.length < ACCOUNT_LIMITS.password.min || password.length > ACCOUNT_LIMITS.password.max) return 'validation.passwordLength';
  const problem = judge?.(password, person).problem;
  return problem ? `password.problems.${problem}` : null;
}
