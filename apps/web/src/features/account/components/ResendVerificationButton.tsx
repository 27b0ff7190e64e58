import '../account.css';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResendMyVerificationMutation } from '../graphql/account.documents';

/** "Stuur opnieuw": a new verification mail for the signed-in member, with what happened said aloud. */
export function ResendVerificationButton() {
  const { t } = useTranslation('account');
  const [resend, { loading }] = useMutation(ResendMyVerificationMutation);
  const [result, setResult] = useState<'sent' | 'failed' | null>(null);
  return (
    <span className="resend-verification">
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={loading}
        onClick={() => {
          setResult(null);
          resend().then(
            () => setResult('sent'),
            () => setResult('failed'),
          );
        }}
      >
        {loading ? t('verify.busy') : t('verify.resend')}
      </button>
      <span role="status">{result && <span className={result === 'failed' ? 'field__error' : undefined}>{t(`verify.${result}`)}</span>}</span>
    </span>
  );
}
