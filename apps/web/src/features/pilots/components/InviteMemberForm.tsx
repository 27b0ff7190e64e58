import { ACCOUNT_LIMITS } from '#domain';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { fieldErrors } from '../../../app/errors';
import { InvitePilotMemberMutation } from '../graphql/pilots.documents';

/** Curators invite an existing account, by e-mail address, to give feedback for a pilot site. */
export function InviteMemberForm({ pilotId }: { pilotId: string }) {
  const { t } = useTranslation('pilots');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [invite, { loading }] = useMutation(InvitePilotMemberMutation, { refetchQueries: ['InstrumentPilots'], awaitRefetchQueries: true });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    setDone(null);
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) return setError(t('errors.emailFormat'));
    setError(null);
    try {
      await invite({ variables: { input: { pilotId, email: address } } });
      setDone(t('invite.done', { email: address }));
      setEmail('');
    } catch (problem) {
      const { byField, general } = fieldErrors(problem, ['email']);
      setError(byField.email ? t('errors.email') : null);
      setAlert(general ? t(general, { ns: 'app' }) : null);
    }
  };

  return (
    <form className="form pilot-form pilot-form--inline" onSubmit={(event) => void submit(event)} noValidate aria-label={t('invite.title')}>
      <FormAlert message={alert} />
      <Field label={t('invite.email')} hint={t('invite.emailHint')} error={error} required>
        {(props) => <input {...props} type="email" autoComplete="off" maxLength={ACCOUNT_LIMITS.email.max} value={email} onChange={(event) => setEmail(event.target.value)} />}
      </Field>
      <button type="submit" className="button button--secondary" disabled={loading}>
        {loading ? t('invite.busy') : t('invite.submit')}
      </button>
      <p role="status" className="pilot-form__done">
        {done}
      </p>
    </form>
  );
}
