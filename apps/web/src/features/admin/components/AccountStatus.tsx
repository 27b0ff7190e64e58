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
        <button
          type="button"
          className="button button--link"
          disabled={resending.loading}
          aria-label={t('accounts.resendLabel', { name })}
          onClick={() => void run(() => resend({ variables: { input: { accountId: account.id } } }), t('accounts.resent', { name }))}
        >
          {t('accounts.resend')}
        </button>
      )}
      {!you &&
        (account.disabled ? (
          <button
            type="button"
            className="button button--link"
            disabled={enabling.loading}
            aria-label={t('accounts.enableLabel', { name })}
            onClick={() => void run(() => enable({ variables: { input: { accountId: account.id } } }), t('accounts.enabledDone', { name }))}
          >
            {t('accounts.enable')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--link"
            disabled={disabling.loading}
            aria-label={t('accounts.disableLabel', { name })}
            onClick={() => void run(() => disable({ variables: { input: { accountId: account.id } } }), t('accounts.disabledDone', { name }))}
          >
            {t('accounts.disable')}
          </button>
        ))}
    </div>
  );
}
