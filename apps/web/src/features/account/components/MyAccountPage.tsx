import { ACCOUNT_LIMITS, FOLLOW_PATHS, ROLE_LABELS } from '#domain';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from '../../../app/router';
import type { RedirectNotice } from '../../../app/RequireRole';
import { Dialog } from '../../../app/components/Dialog';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { serverProblem } from '../../../app/errors';
import { useDateFormat } from '../../../app/formats';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import {
  ChangeEmailMutation,
  ChangePasswordMutation,
  DeleteMyAccountMutation,
  MyAccountQuery,
  MyDataQuery,
  SignOutEverywhereMutation,
} from '../graphql/self-service.documents';
import type { MyAccountQuery as MyAccountResult } from '../graphql/self-service.generated';
import { PasswordField, newPasswordProblem, passwordProblemKey } from './PasswordField';
import { ResendVerificationButton } from './ResendVerificationButton';
import { signInProblem } from './signInProblem';
import '../account.css';

type Me = NonNullable<MyAccountResult['me']>;
type Message = { text: string; error?: boolean } | null;

/** A wrong current password is said at its field; other problems above the form. */
function currentPasswordWrong(error: unknown): boolean {
  return serverProblem(error)?.extensions.reason === 'PASSWORD_WRONG';
}

/** `/mijn-account`: the member's details, and everything they change themselves. */
export function MyAccountPage() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('mine.title'));
  const { data, error, refetch } = useQuery(MyAccountQuery, { fetchPolicy: 'cache-and-network' });
  const me = data?.me;
  return (
    <section className="account-page">
      <h1>{t('mine.title')}</h1>
      {me ? (
        <>
          <Details me={me} />
          <Follows />
          <ChangePassword me={me} />
          <ChangeEmail me={me} />
          <SignOutEverywhere />
          <DownloadData />
          <DeleteAccount />
        </>
      ) : error ? (
        <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <p className="page-loading" role="status">
          {t('loading', { ns: 'app' })}
        </p>
      )}
    </section>
  );
}

/** Where "Mijn volglijst" is (its words are the follow pages' own). */
function Follows() {
  const { t } = useTranslation('follow');
  return (
    <section className="account-section" aria-labelledby="volgen">
      <h2 id="volgen">{t('account.title')}</h2>
      <p>{t('account.text')}</p>
      <Link to={FOLLOW_PATHS.list}>{t('account.link')}</Link>
    </section>
  );
}

function Details({ me }: { me: Me }) {
  const { t, i18n } = useTranslation('account');
  const formatDate = useDateFormat({ dateStyle: 'long', timeStyle: 'short' });
  return (
    <section className="account-section" aria-labelledby="mijn-gegevens">
      <h2 id="mijn-gegevens">{t('mine.details')}</h2>
      <dl className="account-facts">
        <dt>{t('mine.name')}</dt>
        <dd>{me.displayName}</dd>
        <dt>{t('mine.email')}</dt>
        <dd>
          {me.email} ({me.emailVerified ? t('mine.verified') : t('mine.notVerified')})
          {!me.emailVerified && (
            <span className="account-page__links">
              <ResendVerificationButton />
            </span>
          )}
        </dd>
        <dt>{t('mine.role')}</dt>
        <dd>{ROLE_LABELS[me.role][i18n.language === 'en' ? 'en' : 'nl']}</dd>
        <dt>{t('mine.created')}</dt>
        <dd>
          <time dateTime={me.createdAt}>{formatDate(me.createdAt)}</time>
        </dd>
        {me.lastSignInAt && (
          <>
            <dt>{t('mine.lastSignIn')}</dt>
            <dd>
              <time dateTime={me.lastSignInAt}>{formatDate(me.lastSignInAt)}</time>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Outcome({ message }: { message: Message }) {
  return (
    <div role="status">
      {message && !message.error && (
        <p className="notice notice--success">{message.text}</p>
      )}
    </div>
  );
}

function ChangePassword({ me }: { me: Me }) {
  const { t } = useTranslation('account');
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string }>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const person = { email: me.email ?? undefined, displayName: me.displayName };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    setMessage(null);
    const problem = newPasswordProblem(next, person);
    setErrors(problem ? { next: t(problem) } : {});
    if (problem) return;
    try {
      await change({ variables: { input: { currentPassword: current, newPassword: next } } });
      setCurrent('');
      setNext('');
      setMessage({ text: t('mine.changePassword.done') });
    } catch (error) {
      if (currentPasswordWrong(error)) setErrors({ current: t('mine.wrongPassword') });
      else if (passwordProblemKey(error)) setErrors({ next: t(passwordProblemKey(error)!) });
      else setAlert(signInProblem(error, t));
    }
  };

  return (
    <section className="account-section" aria-labelledby="wachtwoord-wijzigen">
      <h2 id="wachtwoord-wijzigen">{t('mine.changePassword.title')}</h2>
      <p>{t('mine.changePassword.lead')}</p>
      <Outcome message={message} />
      <form className="form form--narrow" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert message={alert} />
        <Field label={t('mine.currentPassword')} error={errors.current ?? null} required>
          {(props) => <input {...props} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />}
        </Field>
        <PasswordField label={t('mine.changePassword.newPassword')} hint={t('register.passwordHint')} value={next} onChange={setNext} error={errors.next ?? null} person={person} />
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('mine.busy') : t('mine.changePassword.submit')}
        </button>
      </form>
    </section>
  );
}

function ChangeEmail({ me }: { me: Me }) {
  const { t } = useTranslation('account');
  const [change, { loading }] = useMutation(ChangeEmailMutation);
  const [password, setPassword] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<{ password?: string; email?: string }>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    setMessage(null);
    const wanted = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(wanted)) return setErrors({ email: t('validation.email') });
    if (wanted.toLowerCase() === me.email?.toLowerCase()) return setErrors({ email: t('mine.changeEmail.same') });
    setErrors({});
    try {
      await change({ variables: { input: { password, newEmail: wanted } } });
      setPassword('');
      setEmail('');
      setMessage({ text: t('mine.changeEmail.done', { email: wanted }) });
    } catch (error) {
      const problem = serverProblem(error);
      if (currentPasswordWrong(error)) setErrors({ password: t('mine.wrongPassword') });
      else if (problem?.code === 'BAD_USER_INPUT' && problem.fields.includes('newEmail')) setErrors({ email: t('mine.changeEmail.same') });
      else setAlert(signInProblem(error, t));
    }
  };

  return (
    <section className="account-section" aria-labelledby="e-mail-wijzigen">
      <h2 id="e-mail-wijzigen">{t('mine.changeEmail.title')}</h2>
      <p>{t('mine.changeEmail.lead')}</p>
      <Outcome message={message} />
      <form className="form form--narrow" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert message={alert} />
        <Field label={t('mine.changeEmail.newEmail')} error={errors.email ?? null} required>
          {(props) => <input {...props} type="email" autoComplete="email" maxLength={ACCOUNT_LIMITS.email.max} value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t('mine.currentPassword')} error={errors.password ?? null} required>
          {(props) => <input {...props} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('mine.busy') : t('mine.changeEmail.submit')}
        </button>
      </form>
    </section>
  );
}

/** After leaving (everywhere, or for good), the catalogue with a notice. */
function useLeave() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return async (notice: RedirectNotice) => {
    // Away from this members' page first, so that refetching it as a visitor does not send them to sign in.
    void navigate('/', { state: { notice } });
    await client.resetStore().catch(() => undefined);
  };
}

function SignOutEverywhere() {
  const { t } = useTranslation('account');
  const [signOut, { loading }] = useMutation(SignOutEverywhereMutation);
  const leave = useLeave();
  const [alert, setAlert] = useState<string | null>(null);
  return (
    <section className="account-section" aria-labelledby="overal-uitloggen">
      <h2 id="overal-uitloggen">{t('mine.sessions.title')}</h2>
      <p>{t('mine.sessions.lead')}</p>
      <FormAlert message={alert} />
      <button
        type="button"
        className="button button--secondary"
        disabled={loading}
        onClick={() => {
          setAlert(null);
          signOut().then(
            () => leave('signedOut'),
            (error: unknown) => setAlert(signInProblem(error, t)),
          );
        }}
      >
        {loading ? t('mine.busy') : t('mine.sessions.submit')}
      </button>
    </section>
  );
}

function DownloadData() {
  const { t } = useTranslation('account');
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setAlert(null);
    try {
      const { data } = await client.query({ query: MyDataQuery, fetchPolicy: 'network-only' });
      const url = URL.createObjectURL(new Blob([data?.myData ?? '{}'], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'mijn-gegevens-instrumentencatalogus.json';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setAlert(signInProblem(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="account-section" aria-labelledby="mijn-data">
      <h2 id="mijn-data">{t('mine.data.title')}</h2>
      <p>{t('mine.data.lead')}</p>
      <FormAlert message={alert} />
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void download()}>
        {busy ? t('mine.data.busy') : t('mine.data.submit')}
      </button>
    </section>
  );
}

function DeleteAccount() {
  const { t } = useTranslation('account');
  const [remove, { loading }] = useMutation(DeleteMyAccountMutation);
  const leave = useLeave();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const textId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setAlert(null);
    try {
      await remove({ variables: { input: { password } } });
      setOpen(false);
      await leave('accountDeleted');
    } catch (failure) {
      if (currentPasswordWrong(failure)) setError(t('mine.wrongPassword'));
      else if (serverProblem(failure)?.code === 'CONFLICT') setAlert(t('mine.remove.lastAdmin'));
      else setAlert(signInProblem(failure, t));
    }
  };

  return (
    <section className="account-section" aria-labelledby="account-verwijderen">
      <h2 id="account-verwijderen">{t('mine.remove.title')}</h2>
      <p>{t('mine.remove.lead')}</p>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('mine.remove.open')}
      </button>
      <Dialog open={open} title={t('mine.remove.title')} onClose={() => setOpen(false)} describedBy={textId}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p id={textId} className="dialog__text">
            {t('mine.remove.confirm')}
          </p>
          <FormAlert message={alert} />
          <Field label={t('mine.currentPassword')} error={error} required>
            {(props) => <input {...props} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
          </Field>
          <div className="dialog__actions dialog__actions--end">
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {t('mine.remove.cancel')}
            </button>
            <button type="submit" className="button button--danger" disabled={loading}>
              {loading ? t('mine.busy') : t('mine.remove.submit')}
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
