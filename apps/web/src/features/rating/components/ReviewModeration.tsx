import {
  RATING_LIMITS,
  REVIEW_REPORT_LIMITS,
  REVIEW_REPORT_REASONS,
  REVIEW_REPORT_REASON_LABELS,
  reportNeedsNote,
  type ReviewReportReason,
} from '#domain';
import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../app/components/Dialog';
import { DialogActions } from '../../../app/components/DialogActions';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { fieldErrors, serverProblem } from '../../../app/errors';
import { ChoiceGroup } from '../../../app/fields/ChoiceGroup';
import { useViewer } from '../../../app/viewer';
import { DismissReviewReportsMutation, HideReviewMutation, ReportReviewMutation, UnhideReviewMutation } from '../graphql/moderation.documents';
import type { Review } from '../hooks/useRatingMutations';

/**
 * Under a review: curators hide it with a reason, show it again, or keep a reported one visible,
 * and see what members reported; a member reports someone else's review once.
 */
export function ReviewModeration({ review, mine }: { review: Review; mine: boolean }) {
  const { viewer, can } = useViewer();
  if (!viewer) return null;
  if (can('CURATOR')) return <CuratorActions review={review} />;
  if (mine || review.hidden) return null;
  return <ReportAction review={review} />;
}

function useLang(): 'nl' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'nl';
}

function CuratorActions({ review }: { review: Review }) {
  const { t } = useTranslation('rating');
  const lang = useLang();
  const opener = useRef<HTMLButtonElement>(null);
  const [hiding, setHiding] = useState(false);
  const [message, setMessage] = useState('');
  const [alert, setAlert] = useState<string | null>(null);
  const [unhide, unhiding] = useMutation(UnhideReviewMutation);
  const [dismiss, dismissing] = useMutation(DismissReviewReportsMutation);
  const reports = review.openReports ?? [];

  const done = (text: string) => {
    setHiding(false);
    setMessage(text);
  };
  const run = async (action: () => Promise<unknown>, text: string) => {
    setAlert(null);
    try {
      await action();
      setMessage(text);
    } catch (error) {
      setAlert(t(fieldErrors(error, []).general ?? 'errors.INTERNAL_SERVER_ERROR', { ns: 'app' }));
    }
  };

  return (
    <div className="review__moderation">
      {reports.length > 0 && (
        <div className="review__reported">
          <p>
            <strong>{t('moderation.reported', { count: reports.length })}</strong>
          </p>
          <ul>
            {reports.map((report, i) => (
              <li key={`${report.reportedAt}-${i}`}>
                {REVIEW_REPORT_REASON_LABELS[report.reason][lang]}
                {report.note && <>: {report.note}</>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <FormAlert message={alert} />
      <p className="review__actions">
        {review.hidden ? (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={unhiding.loading || undefined}
            onClick={() => !unhiding.loading && void run(() => unhide({ variables: { input: { ratingId: review.id } } }), t('moderation.unhidden'))}
          >
            {t('moderation.unhide')}
          </button>
        ) : (
          <>
            <button ref={opener} type="button" className="button button--secondary" onClick={() => setHiding(true)}>
              {t('moderation.hide')}
            </button>
            {reports.length > 0 && (
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={dismissing.loading || undefined}
                onClick={() => !dismissing.loading && void run(() => dismiss({ variables: { input: { ratingId: review.id } } }), t('moderation.dismissed'))}
              >
                {t('moderation.dismiss')}
              </button>
            )}
          </>
        )}
      </p>
      <ModerationDialog open={hiding} title={t('moderation.hideTitle')} message={message} opener={opener} onClose={() => setHiding(false)}>
        <HideForm ratingId={review.id} onCancel={() => setHiding(false)} onHidden={() => done(t('moderation.hidden'))} />
      </ModerationDialog>
    </div>
  );
}

/** What a review's action just did (announced), and the dialog the action opens. */
function ModerationDialog({
  open,
  title,
  message,
  opener,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  message: string;
  opener: RefObject<HTMLButtonElement | null>;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <>
      <p className="review__moderation-status" role="status">
        {message}
      </p>
      <Dialog open={open} title={title} onClose={onClose} returnFocus={opener}>
        {children}
      </Dialog>
    </>
  );
}

function HideForm({ ratingId, onCancel, onHidden }: { ratingId: string; onCancel: () => void; onHidden: () => void }) {
  const { t } = useTranslation('rating');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [hide, { loading }] = useMutation(HideReviewMutation);
  const { min, max } = RATING_LIMITS.hideReason;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const trimmed = reason.trim();
    if (trimmed.length < min || trimmed.length > max) {
      setError(t('moderation.reasonLength', { min, max }));
      field.current?.focus();
      return;
    }
    try {
      await hide({ variables: { input: { ratingId, reason: trimmed } } });
      onHidden();
    } catch (problem) {
      const { byField, general } = fieldErrors(problem, ['reason']);
      setError(byField.reason ?? null);
      setAlert(general ? t(general, { ns: 'app' }) : null);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert message={alert} />
      <Field label={t('moderation.reason')} hint={t('moderation.reasonHint')} error={error} required>
        {(props) => (
          <textarea {...props} ref={field} data-autofocus rows={3} maxLength={max} value={reason} onChange={(event) => setReason(event.target.value)} />
        )}
      </Field>
      <DialogActions busy={loading} submitLabel={t('moderation.hideSubmit')} busyLabel={t('moderation.busy')} cancelLabel={t('moderation.cancel')} onCancel={onCancel} />
    </form>
  );
}

function ReportAction({ review }: { review: Review }) {
  const { t } = useTranslation('rating');
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <div className="review__moderation">
      {review.reportedByMe ? (
        <p className="review__reported-by-me">{t('moderation.reportedByMe')}</p>
      ) : (
        <p className="review__actions">
          <button ref={opener} type="button" className="button button--link" onClick={() => setOpen(true)}>
            {t('moderation.report')}
            <span className="visually-hidden"> {t('moderation.reportWhose', { author: review.author })}</span>
          </button>
        </p>
      )}
      <ModerationDialog open={open} title={t('moderation.reportTitle')} message={message} opener={opener} onClose={() => setOpen(false)}>
        <ReportForm
          ratingId={review.id}
          onCancel={() => setOpen(false)}
          onReported={() => {
            setOpen(false);
            setMessage(t('moderation.thanks'));
          }}
        />
      </ModerationDialog>
    </div>
  );
}

function ReportForm({ ratingId, onCancel, onReported }: { ratingId: string; onCancel: () => void; onReported: () => void }) {
  const { t } = useTranslation('rating');
  const lang = useLang();
  const [reason, setReason] = useState<ReviewReportReason | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; note?: string }>({});
  const [alert, setAlert] = useState<string | null>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const [report, { loading }] = useMutation(ReportReviewMutation);
  const noteNeeded = reason ? reportNeedsNote(reason) : false;
  const { max } = REVIEW_REPORT_LIMITS.note;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const found: typeof errors = {};
    if (!reason) found.reason = t('moderation.chooseReason');
    else if (noteNeeded && !note.trim()) found.note = t('moderation.noteRequired');
    setErrors(found);
    if (found.note) noteField.current?.focus();
    if (!reason || Object.keys(found).length) return;
    try {
      await report({ variables: { input: { ratingId, reason, note: note.trim() || null } } });
      onReported();
    } catch (problem) {
      const { byField, general } = fieldErrors(problem, ['reason', 'note']);
      setErrors(byField);
      // A second report of the same review (from another tab) is not someone else's edit.
      setAlert(serverProblem(problem)?.code === 'CONFLICT' ? t('moderation.alreadyReported') : general ? t(general, { ns: 'app' }) : null);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('moderation.reportIntro')}</p>
      <FormAlert message={alert} />
      <ChoiceGroup
        type="radio"
        legend={t('moderation.reportReason')}
        required
        error={errors.reason}
        choices={REVIEW_REPORT_REASONS.map((value) => ({ value, label: REVIEW_REPORT_REASON_LABELS[value][lang] }))}
        selected={reason ? [reason] : []}
        onChange={([value]) => {
          setReason(value as ReviewReportReason);
          setErrors({});
        }}
      />
      <Field label={t('moderation.note')} hint={t(noteNeeded ? 'moderation.noteHintRequired' : 'moderation.noteHint', { max })} error={errors.note} required={noteNeeded}>
        {(props) => <textarea {...props} ref={noteField} rows={3} maxLength={max} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <DialogActions busy={loading} submitLabel={t('moderation.reportSubmit')} busyLabel={t('moderation.busy')} cancelLabel={t('moderation.cancel')} onCancel={onCancel} />
    </form>
  );
}
