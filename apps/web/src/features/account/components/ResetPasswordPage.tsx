import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from '../../../app/router';
import { FormAlert } from '../../../app/components/FormAlert';
import { serverProblem } from '../../../app/errors';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { ResetPasswordMutation } from '../graphql/self-service.documents';
import { PasswordField, newPasswordProblem, passwordProblemKey } from './PasswordField';
import { signInProblem } from './signInProblem';
import '../account.css';

/** `/wachtwoord-herstellen?token=…`: sets a new password from the mailed link, once. */
export function ResetPasswordPage() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const client = useApolloClient();
  const [reset, { loading }] = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<'form' | 'done' | 'invalid'>(token ? 'form' : 'invalid');
  const [alert, setAlert] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const problem = newPasswordProblem(password, {});
    setError(problem ? t(problem) : null);
    if (problem) return;
    try {
      await reset({ variables: { input: { token, password } } });
      // Every session ended, this browser's too.
      await client.resetStore();
      setState('done');
    } catch (failure) {
      const key = passwordProblemKey(failure);
      if (key) setError(t(key));
      else if (serverProblem(failure)?.extensions.reason === 'TOKEN_INVALID') setState('invalid');
      else setAlert(signInProblem(failure, t));
    }
  };

  return (
    <section className="account-page">
      <h1>{t('reset.title')}</h1>
      {state === 'done' && (
        <>
          <div className="notice notice--success" role="status">
            <p>{t('reset.done')}</p>
          </div>
          <p className="account-page__switch">
            <Link to="/inloggen">{t('reset.signIn')}</Link>
          </p>
        </>
      )}
      {state === 'invalid' && (
        <>
          <div className="notice notice--error" role="alert">
            <p>{token ? t('reset.invalid') : t('reset.noToken')}</p>
          </div>
          <p className="account-page__switch">
            <Link to="/wachtwoord-vergeten">{t('reset.again')}</Link>
          </p>
        </>
      )}
      {state === 'form' && (
        <>
          <p className="lead">{t('reset.lead')}</p>
          <form className="form form--narrow" onSubmit={(event) => void submit(event)} noValidate>
            <FormAlert message={alert} />
            <PasswordField label={t('reset.password')} hint={t('register.passwordHint')} value={password} onChange={setPassword} error={error} person={{}} />
            <button type="submit" className="button" disabled={loading}>
              {loading ? t('reset.busy') : t('reset.submit')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
