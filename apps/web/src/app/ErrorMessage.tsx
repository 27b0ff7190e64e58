import { useTranslation } from 'react-i18next';
import { serverProblem } from './errors';

/**
 * An error said in words, with a way to try again. Given the error, a server that answered with
 * a problem is not blamed on the connection: its code's message is said instead (app messages `errors`).
 */
export function ErrorMessage({ onRetry, error }: { onRetry?: () => void; error?: unknown }) {
  const { t } = useTranslation();
  const problem = error === undefined ? null : serverProblem(error);
  return (
    <div className="notice notice--error" role="alert">
      <p>{problem ? t(`errors.${problem.code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') }) : t('error')}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
