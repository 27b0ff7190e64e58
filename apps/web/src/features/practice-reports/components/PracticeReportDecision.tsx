import { useMutation } from '@apollo/client/react';
import { PRACTICE_REPORT_LIMITS as L } from '#domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../app/components/Dialog';
import { DialogActions } from '../../../app/components/DialogActions';
import { Field } from '../../../app/components/Field';
import { serverProblem } from '../../../app/errors';
import {
  DeclinePracticeReportMutation,
  PublishPracticeReportMutation,
  type PracticeReportFieldsFragment,
} from '../graphql/practice-reports.documents';

/** A curator's decision on a submitted report: publish, or decline with a reason the author sees. */
export function PracticeReportDecision({ report }: { report: PracticeReportFieldsFragment }) {
  const { t } = useTranslation('practiceReports');
  const { t: tApp } = useTranslation();
  const [publish, published] = useMutation(PublishPracticeReportMutation);
  const [decline, declined] = useMutation(DeclinePracticeReportMutation);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const busy = published.loading || declined.loading;

  const fail = (error: unknown) => {
    const problem = serverProblem(error);
    setMessage(problem?.code === 'CONFLICT' ? t('decision.conflict') : tApp(`errors.${problem?.code ?? 'NETWORK'}`));
  };

  return (
    <section className="card practice-decision" aria-labelledby="practice-decision-title">
      <h2 id="practice-decision-title">{t('decision.title')}</h2>
      <p>{t('decision.lead')}</p>
      {message && (
        <p className="notice notice--error" role="alert">
          {message}
        </p>
      )}
      <div className="practice-decision__actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void publish({ variables: { input: { id: report.id } } }).catch(fail)}
        >
          {published.loading ? t('decision.busy') : t('decision.publish')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => setOpen(true)}>
          {t('decision.decline')}
        </button>
      </div>
      <Dialog open={open} title={t('decision.declineTitle')} onClose={() => setOpen(false)}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const trimmed = reason.trim();
            if (trimmed.length < L.reason.min || trimmed.length > L.reason.max) {
              setReasonError(t('decision.reasonInvalid'));
              return;
            }
            setReasonError(null);
            void decline({ variables: { input: { id: report.id, reason: trimmed } } })
              .then(() => setOpen(false))
              .catch((error: unknown) => {
                setOpen(false);
                fail(error);
              });
          }}
        >
          <p>{t('decision.declineLead')}</p>
          <Field label={t('decision.reason')} error={reasonError} required>
            {(props) => <textarea {...props} data-autofocus rows={5} maxLength={L.reason.max} value={reason} onChange={(event) => setReason(event.target.value)} />}
          </Field>
          <DialogActions
            busy={declined.loading}
            submitLabel={t('decision.declineTitle')}
            busyLabel={t('decision.busy')}
            cancelLabel={t('decision.cancel')}
            onCancel={() => setOpen(false)}
          />
        </form>
      </Dialog>
    </section>
  );
}
