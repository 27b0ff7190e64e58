import { canTakeProposalAction } from '#domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from '../../../app/router';
import { FormAlert } from '../../../app/components/FormAlert';
import { serverProblem } from '../../../app/errors';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import type { ProposalFieldsFragment } from '../graphql/proposals.generated';
import { ProposalQuery, ResubmitProposalMutation, WithdrawProposalMutation } from '../graphql/proposals.documents';
import { ConfirmDialog } from '../../../app/components/Dialog';
import { ProposalDetails } from './ProposalDetails';
import { ProposalHeader } from './ProposalHeader';
import { ProposalHistory } from './ProposalHistory';
import { ProposalNotLoaded } from './ProposalNotLoaded';
import { ProposalAttachments } from '../../files';
import '../proposals.css';

/** What the edit page tells this page after saving (read from location.state). */
export type ProposalNotice = 'saved' | 'resubmitted' | 'withdrawnNow' | 'stale';

/** The API refused because the proposal's state moved on (a curator took it, or it was decided). */
export function isStateChange(error: unknown): boolean {
  const problem = serverProblem(error);
  return problem?.code === 'CONFLICT' || (problem?.code === 'BAD_USER_INPUT' && problem.fields.includes('id'));
}

/** `/voorstellen/:id`: one of your proposals with its history, and what you can do with it now. */
export function ProposalPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('proposals');
  const { data, error, refetch } = useQuery(ProposalQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const proposal = data?.proposal;
  const notFound = !proposal && serverProblem(error)?.code === 'NOT_FOUND';
  useDocumentTitle(proposal?.title ?? (notFound ? t('detail.notFound') : null));

  if (proposal) return <MemberProposal proposal={proposal} reload={() => void refetch().catch(() => undefined)} />;
  return (
    <ProposalNotLoaded
      back={
        <p>
          <Link to="/voorstellen">{t('detail.back')}</Link>
        </p>
      }
      error={error}
      retry={() => void refetch().catch(() => undefined)}
    />
  );
}

function MemberProposal({ proposal, reload }: { proposal: ProposalFieldsFragment; reload: () => void }) {
  const { t } = useTranslation('proposals');
  const location = useLocation();
  const [notice, setNotice] = useState<ProposalNotice | null>((location.state as { proposalNotice?: ProposalNotice } | null)?.proposalNotice ?? null);
  const [alert, setAlert] = useState<string | null>(null);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const [resubmit, resubmitting] = useMutation(ResubmitProposalMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawProposalMutation);
  const status = proposal.status;

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const run = async (action: () => Promise<unknown>, done: ProposalNotice) => {
    setAlert(null);
    try {
      await action();
      // Closed first, so the dialog's focus return happens before the notice takes the focus.
      setConfirmWithdraw(false);
      setNotice(done);
    } catch (error) {
      setConfirmWithdraw(false);
      if (isStateChange(error)) {
        // A curator took it into review (or decided) meanwhile: say so and show the current state.
        setNotice('stale');
        reload();
        return;
      }
      setAlert(t(`errors.${serverProblem(error)?.code ?? 'NETWORK'}`, { ns: 'app' }));
    }
  };

  const canEdit = canTakeProposalAction('EDIT', status);
  const canResubmit = canTakeProposalAction('RESUBMIT', status);
  const canWithdraw = canTakeProposalAction('WITHDRAW', status);

  return (
    <div className="page proposals-page">
      <p>
        <Link to="/voorstellen">{t('detail.back')}</Link>
      </p>
      <ProposalHeader proposal={proposal} />

      {notice && (
        <div ref={noticeRef} tabIndex={-1} className={notice === 'stale' ? 'notice proposals-warning proposal-notice' : 'notice notice--success proposal-notice'} role="status">
          <p>{t(`detail.${notice}`)}</p>
        </div>
      )}
      <FormAlert message={alert} />

      <section className="proposal-state" aria-labelledby="proposal-state-title">
        {status === 'ACCEPTED' ? (
          <div className="notice notice--success">
            <h2 id="proposal-state-title">{t('detail.accepted')}</h2>
            <p>{t('detail.acceptedBody')}</p>
            {proposal.instrument && (
              <p>
                <Link to={`/instrumenten/${proposal.instrument.slug}`} className="button">
                  {t('detail.viewInstrument', { title: proposal.instrument.title })}
                </Link>
              </p>
            )}
          </div>
        ) : status === 'REJECTED' ? (
          <div className="notice notice--error">
            <h2 id="proposal-state-title">{t('detail.rejected')}</h2>
            {proposal.decisionReason && <p className="proposal-state__reason">{proposal.decisionReason}</p>}
          </div>
        ) : status === 'CHANGES_REQUESTED' ? (
          <div className="notice proposals-warning">
            <h2 id="proposal-state-title">{t('detail.changesRequested')}</h2>
            {proposal.decisionReason && <p className="proposal-state__reason">{proposal.decisionReason}</p>}
          </div>
        ) : (
          <div className="notice">
            <h2 id="proposal-state-title">{t('detail.actions')}</h2>
            <p>{status === 'WITHDRAWN' ? t('detail.withdrawn') : status === 'IN_REVIEW' ? t('detail.inReview') : t('detail.editable')}</p>
          </div>
        )}
        {(canEdit || canResubmit || canWithdraw) && (
          <div className="proposals-actions proposal-state__actions">
            {canEdit && (
              <Link to={`/voorstellen/${proposal.id}/bewerken`} className={canResubmit ? 'button button--secondary' : 'button'}>
                {t('detail.edit')}
              </Link>
            )}
            {canResubmit && (
              <button
                type="button"
                className="button"
                disabled={resubmitting.loading}
                onClick={() => void run(() => resubmit({ variables: { input: { id: proposal.id } } }), 'resubmitted')}
              >
                {t('detail.resubmit')}
              </button>
            )}
            {canWithdraw && (
              <button type="button" className="button button--danger" onClick={() => setConfirmWithdraw(true)}>
                {t('detail.withdraw')}
              </button>
            )}
          </div>
        )}
      </section>

      <div className="proposal-layout">
        <div className="proposal-layout__main">
          <ProposalDetails proposal={proposal} />
          <ProposalAttachments proposalId={proposal.id} editable={canEdit} />
        </div>
        <aside className="proposal-layout__side" aria-labelledby="proposal-history-title">
          <h2 id="proposal-history-title">{t('history.title')}</h2>
          <ProposalHistory history={proposal.history} />
        </aside>
      </div>

      <ConfirmDialog
        open={confirmWithdraw}
        title={t('withdraw.title')}
        body={t('withdraw.body', { title: proposal.title })}
        confirmLabel={withdrawing.loading ? t('withdraw.busy') : t('withdraw.confirm')}
        cancelLabel={t('withdraw.cancel')}
        busy={withdrawing.loading}
        onConfirm={() => void run(() => withdraw({ variables: { input: { id: proposal.id } } }), 'withdrawnNow')}
        onCancel={() => setConfirmWithdraw(false)}
      />
    </div>
  );
}
