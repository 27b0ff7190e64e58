import { canTakeProposalAction, PROPOSAL_STATUSES, type ProposalStatus } from '#domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from '../../../app/router';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { serverProblem } from '../../../app/errors';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import {
  ProposalDetails,
  ProposalHeader,
  ProposalHistory,
  ProposalQuery,
  useProposalStatusLabel,
  type ProposalFieldsFragment,
} from '../../proposals';
import { StartReviewMutation } from '../graphql/review.documents';
import { afterReview, REFETCH_AFTER_REVIEW, type ReviewAction } from '../reviewCache';
import { AcceptDialog } from './AcceptDialog';
import { DecisionDialog } from './DecisionDialog';
import { SimilarToProposal } from './SimilarToProposal';
import { ProposalAttachments } from '../../files';
import '../review.css';

/** `/beheer/voorstellen/:id`: one proposal beside what resembles it, with the actions its state allows. */
export function ReviewProposalPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('review');
  const { data, error, refetch } = useQuery(ProposalQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const proposal = data?.proposal;
  const notFound = !proposal && serverProblem(error)?.code === 'NOT_FOUND';
  useDocumentTitle(proposal?.title ?? (notFound ? t('proposal.notFound') : null));

  if (proposal) return <Review proposal={proposal} reload={() => refetch().then(() => undefined)} />;
  return (
    <div className="page proposals-page review-page">
      <p>
        <Link to="/beheer/voorstellen">{t('proposal.back')}</Link>
      </p>
      {notFound ? (
        <div className="notice notice--error">
          <h1>{t('proposal.notFound')}</h1>
        </div>
      ) : error ? (
        <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <p className="page-loading" role="status">
          {t('proposal.loading')}
        </p>
      )}
    </div>
  );
}

/** What happened to the last action: done, refused because the state changed, or another error. */
type Outcome = { kind: 'done'; action: ReviewAction } | { kind: 'stale'; code: string; status: ProposalStatus | null } | { kind: 'error'; code: string };

function Review({ proposal, reload }: { proposal: ProposalFieldsFragment; reload: () => Promise<void> }) {
  const { t } = useTranslation('review');
  const statusLabel = useProposalStatusLabel();
  const [dialog, setDialog] = useState<'accept' | 'reject' | 'requestChanges' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reloading, setReloading] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [startReview, starting] = useMutation(StartReviewMutation, {
    refetchQueries: REFETCH_AFTER_REVIEW,
    update: (cache) => afterReview(cache, 'startReview'),
  });
  const status = proposal.status;

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  /** Called by the buttons and dialogs with the result of their mutation. */
  const finished = (action: ReviewAction, error?: unknown) => {
    setDialog(null);
    if (!error) {
      setOutcome({ kind: 'done', action });
      return;
    }
    const problem = serverProblem(error);
    const code = problem?.code ?? 'NETWORK';
    // CONFLICT: someone else decided first. BAD_USER_INPUT on `id`: the state moved on (e.g. another
    // curator took it into review). Both are said in words, with the way to see the current state.
    if (code === 'CONFLICT' || (code === 'BAD_USER_INPUT' && problem?.fields.includes('id'))) {
      const current = problem?.extensions.currentStatus;
      setOutcome({
        kind: 'stale',
        code,
        status: typeof current === 'string' && (PROPOSAL_STATUSES as readonly string[]).includes(current) ? (current as ProposalStatus) : null,
      });
      return;
    }
    setOutcome({ kind: 'error', code });
  };

  const doReload = async () => {
    setReloading(true);
    try {
      await reload();
      setOutcome(null);
    } finally {
      setReloading(false);
    }
  };

  return (
    <div className="page proposals-page review-page">
      <p>
        <Link to="/beheer/voorstellen">{t('proposal.back')}</Link>
      </p>
      <ProposalHeader proposal={proposal} />

      <section className="review-panel" aria-labelledby="review-panel-title">
        <h2 id="review-panel-title">{t('proposal.review')}</h2>
        {outcome && (
          <div
            ref={outcomeRef}
            tabIndex={-1}
            className={outcome.kind === 'done' ? 'notice notice--success review-outcome' : 'notice notice--error review-outcome'}
            role={outcome.kind === 'done' ? 'status' : 'alert'}
          >
            {outcome.kind === 'done' ? (
              <p>{t(`proposal.done.${outcome.action}`)}</p>
            ) : outcome.kind === 'stale' ? (
              <>
                <p>
                  {t(outcome.code === 'CONFLICT' ? 'proposal.conflict' : 'proposal.stale', {
                    status: statusLabel(outcome.status ?? status).toLowerCase(),
                  })}
                </p>
                <button type="button" className="button button--secondary" disabled={reloading} onClick={() => void doReload()}>
                  {t('proposal.reload')}
                </button>
              </>
            ) : (
              <p>{t(`errors.${outcome.code}`, { ns: 'app' })}</p>
            )}
          </div>
        )}
        <StateLine proposal={proposal} />
        <div className="proposals-actions">
          {canTakeProposalAction('START_REVIEW', status) && (
            <button
              type="button"
              className="button"
              disabled={starting.loading}
              onClick={() =>
                void startReview({ variables: { input: { id: proposal.id } } }).then(
                  () => finished('startReview'),
                  (error: unknown) => finished('startReview', error),
                )
              }
            >
              {starting.loading ? t('proposal.busy') : t('proposal.startReview')}
            </button>
          )}
          {canTakeProposalAction('ACCEPT', status) && (
            <button type="button" className="button" onClick={() => setDialog('accept')}>
              {t('proposal.accept')}
            </button>
          )}
          {canTakeProposalAction('REQUEST_CHANGES', status) && (
            <button type="button" className="button button--secondary" onClick={() => setDialog('requestChanges')}>
              {t('proposal.requestChanges')}
            </button>
          )}
          {canTakeProposalAction('REJECT', status) && (
            <button type="button" className="button button--danger" onClick={() => setDialog('reject')}>
              {t('proposal.reject')}
            </button>
          )}
        </div>
      </section>

      <div className="proposal-layout">
        <div className="proposal-layout__main">
          <ProposalDetails proposal={proposal} />
          <ProposalAttachments proposalId={proposal.id} editable={false} />
          <section className="proposal-details__section review-history" aria-labelledby="review-history-title">
            <h2 id="review-history-title">{t('proposal.history')}</h2>
            <ProposalHistory history={proposal.history} />
          </section>
        </div>
        <aside className="proposal-layout__side" aria-labelledby="review-similar-title">
          <h2 id="review-similar-title">{t('proposal.similar')}</h2>
          <SimilarToProposal proposal={proposal} />
        </aside>
      </div>

      <AcceptDialog open={dialog === 'accept'} proposal={proposal} onClose={() => setDialog(null)} onFinished={(error) => finished('accept', error)} />
      <DecisionDialog
        kind={dialog === 'reject' ? 'reject' : 'requestChanges'}
        open={dialog === 'reject' || dialog === 'requestChanges'}
        proposal={proposal}
        onClose={() => setDialog(null)}
        onFinished={(error) => finished(dialog === 'reject' ? 'reject' : 'requestChanges', error)}
      />
    </div>
  );
}

/** One sentence on where the proposal stands, with the instrument or the reason where there is one. */
function StateLine({ proposal }: { proposal: ProposalFieldsFragment }) {
  const { t } = useTranslation('review');
  switch (proposal.status) {
    case 'SUBMITTED':
      return <p>{t('proposal.submitted')}</p>;
    case 'IN_REVIEW':
      return <p>{t('proposal.inReview', { name: proposal.reviewerName ?? '—' })}</p>;
    case 'ACCEPTED':
      return (
        <p>
          {t('proposal.accepted')}{' '}
          {proposal.instrument && (
            <Link to={`/instrumenten/${proposal.instrument.slug}`}>{t('proposal.viewInstrument', { title: proposal.instrument.title })}</Link>
          )}
        </p>
      );
    case 'REJECTED':
    case 'CHANGES_REQUESTED':
      return (
        <>
          <p>{proposal.status === 'REJECTED' ? t('proposal.rejected') : t('proposal.changesRequested')}</p>
          {proposal.decisionReason && <p className="proposal-state__reason">{t('proposal.reasonGiven', { reason: proposal.decisionReason })}</p>}
        </>
      );
    case 'WITHDRAWN':
      return <p>{t('proposal.withdrawn')}</p>;
  }
}
