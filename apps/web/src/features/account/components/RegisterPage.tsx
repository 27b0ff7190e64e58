import { ACCOUNT_LIMITS } from '#domain';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from '../../../app/router';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { fieldErrors, serverProblem } from '../../../app/errors';
import { safeReturnPath } from '../../../app/RequireRole';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { RegisterMutation } from '../graphql/forms.documents';
import '../account.css';

type Fields = 'displayName' | 'email' | 'password';
const FIELDS: Fields[] = ['displayName', 'email', 'password'];

function validate(values: Record<Fields, string>): Partial<Record<Fields, string>> {
  const errors: Partial<Record<Fields, string>> = {};
  const name = values.displayName.trim();
  if (name.length < ACCOUNT_LIMITS.displayName.min || name.length > ACCOUNT_LIMITS.displayName.max) errors.displayName = 'validation.displayNameLength';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors.email = 'validation.email';
  if (values.password.length < ACCOUNT_LIMITS.password.min || values.password.length > ACCOUNT_LIMITS.password.max) errors.password = 'validation.passwordLength';
  return errors;
}

export function RegisterPage() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('register.title'));
  const [params] = useSearchParams();
  const back = safeReturnPath(params.get('terug'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const [register, { loading }] = useMutation(RegisterMutation);
  const [values, setValues] = useState<Record<Fields, string>>({ displayName: '', email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);

  const set = (field: Fields) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await register({ variables: { input: { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password } } });
      await client.resetStore();
      void navigate(back, { replace: true });
    } catch (error) {
      if (serverProblem(error)?.code === 'CONFLICT') {
        setErrors({ email: 'validation.emailTaken' });
        return;
      }
      const { byField, general } = fieldErrors(error, FIELDS);
      setErrors(byField);
      setAlert(general ? t(general, { ns: 'app' }) : null);
    }
  };

  const error = (field: Fields) => (errors[field] ? (errors[field]!.startsWith('validation.') ? t(errors[field]!) : errors[field]!) : null);

  return (
    <section className="account-page">
      <h1>{t('register.title')}</h1>
      <p className="lead">{t('register.lead')}</p>
      <form className="form form--narrow" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert message={alert} />
        <Field label={t('register.displayName')} hint={t('register.displayNameHint')} error={error('displayName')} required>
          {(props) => (
            <input {...props} autoComplete="name" maxLength={ACCOUNT_LIMITS.displayName.max} value={values.displayName} onChange={(e) => set('displayName')(e.target.value)} />
          )}
        </Field>
        <Field label={t('register.email')} error={error('email')} required>
          {(props) => <input {...props} type="email" autoComplete="email" maxLength={ACCOUNT_LIMITS.email.max} value={values.email} onChange={(e) => set('email')(e.target.value)} />}
        </Field>
        <Field label={t('register.password')} hint={t('register.passwordHint')} error={error('password')} required>
          {(props) => (
            <input {...props} type="password" autoComplete="new-password" maxLength={ACCOUNT_LIMITS.password.max} value={values.password} onChange={(e) => set('password')(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('register.busy') : t('register.submit')}
        </button>
      </form>
      <p className="account-page__switch">
        {t('register.haveAccount')} <Link to={`/inloggen${back !== '/' ? `?terug=${encodeURIComponent(back)}` : ''}`}>{t('register.signIn')}</Link>
      </p>
    </section>
  );
}
