import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from '../../../app/router';
import { serverProblem } from '../../../app/errors';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { ConfirmEmailMutation } from '../graphql/self-service.documents';
import '../account.css';

type State = 'busy' | 'done' | 'invalid' | 'taken' | 'failed';

/** `/e-mail-bevestigen?token=…`: confirms the address as soon as the mailed link is opened. */
export function ConfirmEmailPage() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('confirm.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const client = useApolloClient();
  const [confirm] = useMutation(ConfirmEmailMutation);
  const [state, setState] = useState<State>(token ? 'busy' : 'invalid');
  const sent = useRef(false);

  useEffect(() => {
    // Once, also under React's double effects in development: a link is used up by its first use.
    if (!token || sent.current) return;
    sent.current = true;
    confirm({ variables: { input: { token } } })
      .then(async () => {
        await client.refetchQueries({ include: 'active' });
        setState('done');
      })
      .catch((error: unknown) => {
        const problem = serverProblem(error);
        setState(problem?.code === 'CONFLICT' ? 'taken' : problem?.code === 'BAD_USER_INPUT' ? 'invalid' : 'failed');
      });
  }, [token, confirm, client]);

  const messages: Record<State, string> = {
    busy: t('confirm.busy'),
    done: t('confirm.done'),
    invalid: t('confirm.invalid'),
    taken: t('confirm.taken'),
    failed: t('errors.NETWORK', { ns: 'app' }),
  };
  return (
    <section className="account-page">
      <h1>{t('confirm.title')}</h1>
      <div
        className={state === 'done' ? 'notice notice--success' : state === 'busy' ? 'notice' : 'notice notice--error'}
        role={state === 'busy' || state === 'done' ? 'status' : 'alert'}
      >
        <p>{messages[state]}</p>
      </div>
      {state !== 'busy' && (
        <p className="account-page__switch account-page__links">
          <Link to="/">{t('confirm.toCatalogue')}</Link>
          <Link to="/mijn-account">{t('confirm.toAccount')}</Link>
        </p>
      )}
    </section>
  );
}
