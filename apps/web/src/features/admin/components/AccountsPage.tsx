import { ROLES, ROLE_LABELS, type Role } from '#domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageMessageView, type PageMessage } from '../../../app/components/PageMessage';
import { PagedList, pagedListLabels } from '../../../app/components/PagedList';
import { serverProblem } from '../../../app/errors';
import { useDateFormat } from '../../../app/formats';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useViewer } from '../../../app/viewer';
import type { AccountsQuery as AccountsResult } from '../graphql/admin.generated';
import { BackLink } from '../../../app/components/BackLink';
import '../../curation/curation.css';
import { AccountsQuery, SetAccountRoleMutation } from '../graphql/admin.documents';
import { AccountStatus } from './AccountStatus';
import '../admin.css';

type Account = AccountsResult['accounts']['edges'][number]['node'];
const PAGE_SIZE = 20;

/** `/beheer/accounts`: every account with its role, to change one at a time. */
export function AccountsPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('accounts.title'));
  const { data, error, loading, refetch, fetchMore } = useQuery(AccountsQuery, { variables: { first: PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const [message, setMessage] = useState<PageMessage>(null);

  return (
    <div className="page admin-page">
      <BackLink />
      <h1>{t('accounts.title')}</h1>
      <p className="lead">{t('accounts.lead')}</p>
      <PageMessageView message={message} className="admin-message" />
      <PagedList
        connection={data?.accounts}
        failed={!!error && !loading}
        onRetry={() => void refetch().catch(() => undefined)}
        onMore={(after) => fetchMore({ variables: { after, first: PAGE_SIZE } })}
        labels={pagedListLabels(t, 'accounts', true)}
        listClassName="account-list"
        renderItem={(account) => <AccountRow account={account} onMessage={setMessage} />}
      />
    </div>
  );
}

function AccountRow({ account, onMessage }: { account: Account; onMessage: (message: PageMessage) => void }) {
  const { t, i18n } = useTranslation('admin');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const formatDate = useDateFormat();
  const { viewer } = useViewer();
  const [role, setRole] = useState<Role>(account.role);
  const [save, { loading }] = useMutation(SetAccountRoleMutation);
  const you = viewer?.id === account.id;
  const selectId = `role-${account.id}`;
  // The save button goes away once the role is saved (or refused); focus stays on the choice.
  const select = useRef<HTMLSelectElement>(null);

  const submit = async () => {
    onMessage(null);
    try {
      const { data } = await save({ variables: { input: { accountId: account.id, role } } });
      const saved = data?.setAccountRole.role ?? role;
      onMessage({ text: t('accounts.saved', { name: account.displayName, role: ROLE_LABELS[saved][lang].toLowerCase() }) });
      select.current?.focus();
    } catch (error) {
      const problem = serverProblem(error);
      setRole(account.role);
      onMessage({
        text: problem?.code === 'CONFLICT' ? t('accounts.lastAdmin', { name: account.displayName }) : t(`errors.${problem?.code ?? 'NETWORK'}`, { ns: 'app' }),
        error: true,
      });
      select.current?.focus();
    }
  };

  return (
    <li className="card account-row">
      <div className="account-row__who">
        <p className="account-row__name">
          {account.displayName} {you && <span className="account-row__you">{t('accounts.you')}</span>}
        </p>
        <dl className="account-row__facts">
          <div>
            <dt>{t('accounts.columns.email')}</dt>
            <dd>{account.email}</dd>
          </div>
          <div>
            <dt>{t('accounts.columns.created')}</dt>
            <dd>
              <time dateTime={account.createdAt}>{formatDate(account.createdAt)}</time>
            </dd>
          </div>
          <div>
            <dt>{t('accounts.columns.lastSignIn')}</dt>
            <dd>{account.lastSignInAt ? <time dateTime={account.lastSignInAt}>{formatDate(account.lastSignInAt)}</time> : t('accounts.never')}</dd>
          </div>
        </dl>
        <AccountStatus account={account} you={you} onMessage={onMessage} />
      </div>
      <form
        className="account-row__role"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={selectId} className="account-row__label">
          <span aria-hidden="true">{t('accounts.columns.role')}</span>
          <span className="visually-hidden">{t('accounts.roleOf', { name: account.displayName })}</span>
        </label>
        <div className="account-row__controls">
          <select ref={select} id={selectId} value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {ROLE_LABELS[option][lang]}
              </option>
            ))}
          </select>
          {role !== account.role && (
            <button type="submit" className="button button--small" disabled={loading} aria-label={t('accounts.saveLabel', { name: account.displayName })}>
              {loading ? t('accounts.busy') : t('accounts.save')}
            </button>
          )}
        </div>
      </form>
    </li>
  );
}
