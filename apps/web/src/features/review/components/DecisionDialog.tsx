import { PROPOSAL_LIMITS as P } from '#domain';
import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { fieldErrors } from '../../../app/errors';
import { afterPointerRelease } from '../../../app/fields/pointerRelease';
import type { ProposalFieldsFragment } from '../../proposals';
import { Dialog } from '../../../app/components/Dialog';
import { RejectProposalMutation, RequestChangesMutation } from '../graphql/review.documents';
import { afterReview, REFETCH_AFTER_REVIEW } from '../reviewCache';

/** Reject or ask for changes: both need a reason the proposer will read. */
export function DecisionDialog({
  kind,
  open,
  proposal,
  onClose,
  onFinished,
}: {
  kind: 'reject' | 'requestChanges';
  open: boolean;
  proposal: ProposalFieldsFragment;
  onClose: () => void;
  /** With the error when the API refused for a reason the dialog cannot fix (state changed). */
  onFinished: (error?: unknown) => void;
}) {
  const { t } = useTranslation('review');
  return (
    <Dialog open={open} title={kind === 'reject' ? t('decision.rejectTitle') : t('decision.changesTitle')} onClose={onClose}>
      <DecisionForm kind={kind} proposal={proposal} onClose={onClose} onFinished={onFinished} />
    </Dialog>
  );
}

function DecisionForm({
  kind,
  proposal,
  onClose,
  onFinished,
}: {
  kind: 'reject' | 'requestChanges';
  proposal: ProposalFieldsFragment;
  onClose: () => void;
  onFinished: (error?: unknown) => void;
}) {
  const { t } = useTranslation('review');
  const [reason, setReason] = useState('');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [touched, setTouched] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const options = { refetchQueries: REFETCH_AFTER_REVIEW, update: (cache: Parameters<typeof afterReview>[0]) => afterReview(cache, kind) };
  const [reject, rejecting] = useMutation(RejectProposalMutation, options);
  const [requestChanges, requesting] = useMutation(RequestChangesMutation, options);
  const busy = rejecting.loading || requesting.loading;
  const count = reason.trim().length;
  const invalid = count < P.reason.min || count > P.reason.max;
  const error = serverError ?? (touched && invalid ? t('decision.reasonInvalid', { count }) : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (invalid) {
      textarea.current?.focus();
      return;
    }
    const variables = { input: { id: proposal.id, reason: reason.trim() } };
    try {
      await (kind === 'reject' ? reject({ variables }) : requestChanges({ variables }));
      onFinished();
    } catch (caught) {
      const { byField } = fieldErrors(caught, ['reason']);
      if (byField.reason) setServerError(byField.reason);
      else onFinished(caught);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <p>{kind === 'reject' ? t('decision.rejectLead') : t('decision.changesLead')}</p>
      <Field label={kind === 'reject' ? t('decision.reason') : t('decision.reasonChanges')} error={error} required>
        {(props) => (
          <>
            <textarea
              {...props}
              ref={textarea}
              data-autofocus
              rows={6}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setServerError(null);
              }}
              onBlur={() => afterPointerRelease(() => setTouched(true))}
            />
            <p className={count > P.reason.max ? 'char-counter char-counter--over' : 'char-counter'}>
              {t('decision.counter', { count, max: P.reason.max })}
            </p>
          </>
        )}
      </Field>
      <div className="proposals-actions">
        <button type="submit" className={kind === 'reject' ? 'button button--danger' : 'button'} disabled={busy}>
          {kind === 'reject' ? t('decision.reject') : t('decision.requestChanges')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('decision.cancel')}
        </button>
      </div>
    </form>
  );
}
