import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from '../../../app/router';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { serverProblem } from '../../../app/errors';
import { safeReturnPath } from '../../../app/RequireRole';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { SignInMutation } from '../graphql/forms.documents';
import { InstitutionSignIn } from './InstitutionSignIn';
import { signInProblem } from './signInProblem';
import '../account.css';

export function SignInPage() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('signIn.title'));
  const [params] = useSearchParams();
  const back = safeReturnPath(params.get('terug'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [alert, setAlert] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    try {
      await signIn({ variables: { input: { email, password } } });
      // Everything personal (my rating, my proposals, role-only fields) is fetched again.
      await client.resetStore();
      void navigate(back, { replace: true });
    } catch (error) {
      const problem = serverProblem(error);
      setAlert(problem?.code === 'UNAUTHENTICATED' || problem?.code === 'BAD_USER_INPUT' ? t('signIn.failed') : signInProblem(error, t));
    }
  };

  return (
    <section className="account-page">
      <h1>{t('signIn.title')}</h1>
      <p className="lead">{t('signIn.lead')}</p>
      <InstitutionSignIn back={back} />
      <form className="form form--narrow" onSubmit={(event) => void submit(event)} noValidate={false}>
        <FormAlert message={alert} />
        <Field label={t('signIn.email')} required>
          {(props) => <input {...props} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t('signIn.password')} required>
          {(props) => (
            <input {...props} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
      <p className="account-page__switch">
        <Link to="/wachtwoord-vergeten">{t('signInExtra.forgot')}</Link>
      </p>
      <p className="account-page__switch">
        {t('signIn.noAccount')} <Link to={`/registreren${back !== '/' ? `?terug=${encodeURIComponent(back)}` : ''}`}>{t('signIn.register')}</Link>
      </p>
    </section>
  );
}
