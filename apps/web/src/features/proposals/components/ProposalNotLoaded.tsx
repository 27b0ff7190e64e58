import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { serverProblem } from '../../../app/errors';

/**
 * A proposal page before its proposal is there: not found, an error with a retry, or loading;
 * `back` is the page's way back, `className` its page classes.
 */
export function ProposalNotLoaded({
  back,
  error,
  retry,
  notFound,
  className = 'page proposals-page',
}: {
  back: ReactNode;
  error: unknown;
  retry: () => void;
  /** The heading for an unknown proposal (default: the proposals' own). */
  notFound?: string;
  className?: string;
}) {
  const { t } = useTranslation('proposals');
  return (
    <div className={className}>
      {back}
      {serverProblem(error)?.code === 'NOT_FOUND' ? (
        <div className="notice notice--error">
          <h1>{notFound ?? t('detail.notFound')}</h1>
        </div>
      ) : error ? (
        <ErrorMessage onRetry={retry} />
      ) : (
        <p className="page-loading" role="status">
          {t('detail.loading')}
        </p>
      )}
    </div>
  );
}
