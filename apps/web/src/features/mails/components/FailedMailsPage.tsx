import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../app/components/BackLink';
import { PageMessageView, type PageMessage } from '../../../app/components/PageMessage';
import { PagedList, pagedListLabels } from '../../../app/components/PagedList';
import { serverProblem } from '../../../app/errors';
import { useDateFormat } from '../../../app/formats';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import '../../admin/admin.css';
import '../mails.css';
import { FailedMailsQuery, RetryMailMutation } from '../graphql/mails.documents';
import type { FailedMailsQuery as FailedMailsResult } from '../graphql/mails.generated';

type FailedMail = FailedMailsResult['failedMails']['edges'][number]['node'];
const PAGE_SIZE = 20;

/** `/beheer/mails`: mails the outbox gave up on, to send again one at a time (administrators). */
export function FailedMailsPage() {
  const { t } = useTranslation('mails');
  useDocumentTitle(t('failed.title'));
  const { data, error, loading, refetch, fetchMore } = useQuery(FailedMailsQuery, { variables: { first: PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const [message, setMessage] = useState<PageMessage>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // A retried mail leaves the list: focus goes to the heading, the message says what happened.
  const retried = async (text: PageMessage) => {
    setMessage(text);
    if (!text?.error) await refetch({ first: PAGE_SIZE, after: null }).catch(() => undefined);
    heading.current?.focus();
  };

  return (
    <div className="page admin-page">
      <BackLink />
      <h1 ref={heading} tabIndex={-1}>
        {t('failed.title')}
      </h1>
      <p className="lead">{t('failed.lead')}</p>
      <PageMessageView message={message} className="admin-message" />
      <PagedList
        connection={data?.failedMails}
        failed={!!error && !loading}
        onRetry={() => void refetch().catch(() => undefined)}
        onMore={(after) => fetchMore({ variables: { after, first: PAGE_SIZE } })}
        labels={pagedListLabels(t, 'failed')}
        listClassName="failed-mail-list"
        renderItem={(mail) => <FailedMailRow mail={mail} onDone={(text) => void retried(text)} />}
      />
    </div>
  );
}

function FailedMailRow({ mail, onDone }: { mail: FailedMail; onDone: (message: PageMessage) => void }) {
  const { t } = useTranslation('mails');
  const formatDate = useDateFormat({ dateStyle: 'medium', timeStyle: 'short' });
  const [retry, { loading }] = useMutation(RetryMailMutation);

  const submit = async () => {
    try {
      await retry({ variables: { input: { id: mail.id } } });
      onDone({ text: t('failed.retried', { subject: mail.subject }) });
    } catch (error) {
      onDone({ text: t(`errors.${serverProblem(error)?.code ?? 'NETWORK'}`, { ns: 'app' }), error: true });
    }
  };

  return (
    <li className="card failed-mail">
      <h2 className="failed-mail__subject">{mail.subject}</h2>
      <dl className="failed-mail__facts">
        <div>
          <dt>{t('failed.columns.recipient')}</dt>
          <dd>{mail.recipient}</dd>
        </div>
        <div>
          <dt>{t('failed.columns.failedAt')}</dt>
          <dd>
            <time dateTime={mail.failedAt}>{formatDate(mail.failedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('failed.columns.attempts')}</dt>
          <dd>{mail.attempts}</dd>
        </div>
        <div className="failed-mail__error">
          <dt>{t('failed.columns.lastError')}</dt>
          <dd>
            <code>{mail.lastError ?? t('failed.noError')}</code>
          </dd>
        </div>
      </dl>
      <p>
        <button type="button" className="button button--small" disabled={loading} aria-label={t('failed.retryLabel', { subject: mail.subject })} onClick={() => void submit()}>
          {loading ? t('failed.busy') : t('failed.retry')}
        </button>
      </p>
    </li>
  );
}
