import { ACCOUNT_LIMITS } from '#domain';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from '../../../app/router';
import { ErrorSummary } from '../../../app/components/ErrorSummary';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { fieldErrors } from '../../../app/errors';
import { safeReturnPath } from '../../../app/RequireRole';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { RegisterMutation } from '../graphql/forms.documents';
import { PasswordField, newPasswordProblem, passwordProblemKey } from './PasswordField';
import { signInProblem } from './signInProblem';
import '../account.css';

type Fields = 'displayName' | 'email' | 'password';
const FIELDS: Fields[] = ['displayName', 'email', 'password'];

function validate(values: Record<Fields, string>): Partial<Record<Fields, string>> {
  const errors: Partial<Record<Fields, string>> = {};
  const name = values.displayName.trim();
  if (name.length < ACCOUNT_LIMITS.displayName.min || name.length > ACCOUNT_LIMITS.displayName.max) errors.displayName = 'validation.displayNameLength';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors.email = 'validation.email';
  const password = newPasswordProblem(values.password, { email: values.email, displayName: values.displayName });
  if (password) errors.password = password;
  return errors;
}

export function RegisterPage() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('register.title'));
  const [params] = useSearchParams();
  const back = safeReturnPath(params.get('terug'));
  const [registeredAs, setRegisteredAs] = useState<string | null>(null);
  const [register, { loading }] = useMutation(RegisterMutation);
  const [values, setValues] = useState<Record<Fields, string>>({ displayName: '', email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  // Raised on every refused submit: the error summary then takes the focus (#19, point 11).
  const [focusRequest, setFocusRequest] = useState(0);

  const set = (field: Fields) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length) return setFocusRequest((n) => n + 1);
    try {
      await register({ variables: { input: { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password } } });
      setRegisteredAs(values.email.trim());
    } catch (error) {
      const password = passwordProblemKey(error);
      if (password) {
        setErrors({ password });
        return setFocusRequest((n) => n + 1);
      }
      const { byField, general } = fieldErrors(error, FIELDS);
      setErrors(byField);
      if (Object.keys(byField).length) setFocusRequest((n) => n + 1);
      setAlert(general ? signInProblem(error, t) : null);
    }
  };

  const error = (field: Fields) => (errors[field] ? (/^(validation|password)\./.test(errors[field]!) ? t(errors[field]!) : errors[field]!) : null);
  const summary = FIELDS.flatMap((field) => {
    const message = error(field);
    return message ? [{ target: `register-${field}`, message }] : [];
  });
  const signInLink = `/inloggen${back !== '/' ? `?terug=${encodeURIComponent(back)}` : ''}`;

  if (registeredAs) {
    return (
      <section className="account-page">
        <h1>{t('registered.title')}</h1>
        <div className="notice notice--success" role="status">
          <p>{t('registered.body', { email: registeredAs })}</p>
        </div>
        <p className="account-page__switch">
          <Link to={signInLink}>{t('registered.signIn')}</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="account-page">
      <h1>{t('register.title')}</h1>
      <p className="lead">{t('register.lead')}</p>
      <form className="form form--narrow" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={summary} focusRequest={focusRequest} />
        <FormAlert message={alert} />
        <Field id="register-displayName" label={t('register.displayName')} hint={t('register.displayNameHint')} error={error('displayName')} required>
          {(props) => (
            <input {...props} autoComplete="name" maxLength={ACCOUNT_LIMITS.displayName.max} value={values.displayName} onChange={(e) => set('displayName')(e.target.value)} />
          )}
        </Field>
        <Field id="register-email" label={t('register.email')} error={error('email')} required>
          {(props) => <input {...props} type="email" autoComplete="email" maxLength={ACCOUNT_LIMITS.email.max} value={values.email} onChange={(e) => set('email')(e.target.value)} />}
        </Field>
        <PasswordField
          id="register-password"
          label={t('register.password')}
          hint={t('register.passwordHint')}
          value={values.password}
          onChange={set('password')}
          error={error('password')}
          person={{ email: values.email, displayName: values.displayName }}
        />
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('register.busy') : t('register.submit')}
        </button>
      </form>
      <p className="account-page__switch">
        {t('register.haveAccount')} <Link to={signInLink}>{t('register.signIn')}</Link>
      </p>
    </section>
  );
}
