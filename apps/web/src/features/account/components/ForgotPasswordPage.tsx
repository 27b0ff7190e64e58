import { ACCOUNT_LIMITS } from '#domain';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { RequestPasswordResetMutation } from '../graphql/self-service.documents';
import { signInProblem } from './signInProblem';
import '../account.css';

/** `/wachtwoord-vergeten`: asks for a reset link; the answer never says whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('forgot.title'));
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    try {
      await request({ variables: { input: { email: email.trim() } } });
      setSentTo(email.trim());
    } catch (error) {
      setAlert(signInProblem(error, t));
    }
  };

  return (
    <section className="account-page">
      <h1>{t('forgot.title')}</h1>
      {sentTo ? (
        <div className="notice" role="status">
          <p>{t('forgot.sent', { email: sentTo })}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t('forgot.lead')}</p>
          <form className="form form--narrow" onSubmit={(event) => void submit(event)}>
            <FormAlert message={alert} />
            <Field label={t('forgot.email')} required>
              {(props) => (
                <input {...props} type="email" autoComplete="email" maxLength={ACCOUNT_LIMITS.email.max} value={email} onChange={(e) => setEmail(e.target.value)} />
              )}
            </Field>
            <button type="submit" className="button" disabled={loading}>
              {loading ? t('forgot.busy') : t('forgot.submit')}
            </button>
          </form>
        </>
      )}
      <p className="account-page__switch">
        <Link to="/inloggen">{t('forgot.back')}</Link>
      </p>
    </section>
  );
}
