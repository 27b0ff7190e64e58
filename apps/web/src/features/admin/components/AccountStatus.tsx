import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PageMessage } from '../../../app/components/PageMessage';
import { serverProblem } from '../../../app/errors';
import type { AccountsQuery as AccountsResult } from '../graphql/admin.generated';
import { DisableAccountMutation, EnableAccountMutation, ResendVerificationMutation } from '../graphql/admin.documents';

type Account = AccountsResult['accounts']['edges'][number]['node'];

/** An account's verification and whether it is disabled, with the admin's actions on them. */
export function AccountStatus({ account, you, onMessage }: { account: Account; you: boolean; onMessage: (message: PageMessage) => void }) {
  const { t } = useTranslation('admin');
  const [disable, disabling] = useMutation(DisableAccountMutation);
  const [enable, enabling] = useMutation(EnableAccountMutation);
  const [resend, resending] = useMutation(ResendVerificationMutation);
  const name = account.displayName;
  const variables = { input: { accountId: account.id } };

  const run = async (action: () => Promise<unknown>, done: string) => {
    onMessage(null);
    try {
      await action();
      onMessage({ text: done });
    } catch (error) {
      onMessage({ text: t(`errors.${serverProblem(error)?.code ?? 'NETWORK'}`, { ns: 'app' }), error: true });
    }
  };

  return (
    <div className="account-row__status">
      <span className={account.emailVerified ? 'account-badge' : 'account-badge account-badge--warning'}>
        {account.emailVerified ? t('accounts.verified') : t('accounts.notVerified')}
      </span>
      {account.disabled && <span className="account-badge account-badge--error">{t('accounts.disabled')}</span>}
      {!account.emailVerified && !account.disabled && (
        <Action busy={resending.loading} label={t('accounts.resendLabel', { name })} text={t('accounts.resend')} onClick={() => void run(() => resend({ variables }), t('accounts.resent', { name }))} />
      )}
      {!you &&
        (account.disabled ? (
          <Action busy={enabling.loading} label={t('accounts.enableLabel', { name })} text={t('accounts.enable')} onClick={() => void run(() => enable({ variables }), t('accounts.enabledDone', { name }))} />
        ) : (
          <Action busy={disabling.loading} label={t('accounts.disableLabel', { name })} text={t('accounts.disable')} onClick={() => void run(() => disable({ variables }), t('accounts.disabledDone', { name }))} />
        ))}
    </div>
  );
}

/** A small link-styled button whose accessible name says which account it acts on. */
function Action({ busy, label, text, onClick }: { busy: boolean; label: string; text: string; onClick: () => void }) {
  return (
    <button type="button" className="button button--link" disabled={busy} aria-label={label} onClick={onClick}>
      {text}
    </button>
  );
}
