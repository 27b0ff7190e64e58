import { canTakeProposalAction } from '#domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from '../../../app/router';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import type { ProposalFieldsFragment } from '../graphql/proposals.generated';
import { ProposalQuery, ResubmitProposalMutation, UpdateProposalMutation } from '../graphql/proposals.documents';
import { valuesFromProposal } from '../proposalForm';
import { ProposalForm } from './ProposalForm';
import { ProposalNotLoaded } from './ProposalNotLoaded';
import { ProposalAttachments } from '../../files';
import { isStateChange, type ProposalNotice } from './ProposalPage';
import { useProposalStatusLabel } from './ProposalStatusBadge';
import '../proposals.css';

/** `/voorstellen/:id/bewerken`: the proposal form, filled in; after requested changes also "save and resubmit". */
export function EditProposalPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('proposals');
  useDocumentTitle(t('edit.title'));
  const { data, error, refetch } = useQuery(ProposalQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const proposal = data?.proposal;
  if (!proposal) {
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
  return <EditForm proposal={proposal} />;
}

function EditForm({ proposal }: { proposal: ProposalFieldsFragment }) {
  const { t } = useTranslation('proposals');
  const statusLabel = useProposalStatusLabel();
  const navigate = useNavigate();
  const [update] = useMutation(UpdateProposalMutation);
  const [resubmit] = useMutation(ResubmitProposalMutation);
  const detailPath = `/voorstellen/${proposal.id}`;

  return (
    <div className="page proposals-page">
      <p>
        <Link to={detailPath}>← {proposal.title}</Link>
      </p>
      <h1>{t('edit.title')}</h1>
      {!canTakeProposalAction('EDIT', proposal.status) ? (
        <div className="notice">
          <p>{t('edit.notEditable', { status: statusLabel(proposal.status).toLowerCase() })}</p>
        </div>
      ) : (
        <>
          {proposal.status === 'CHANGES_REQUESTED' && proposal.decisionReason && (
            <div className="notice proposals-warning proposal-state">
              <h2>{t('detail.changesRequested')}</h2>
              <p className="proposal-state__reason">{proposal.decisionReason}</p>
            </div>
          )}
          <ProposalForm
            initial={valuesFromProposal(proposal)}
            excludeId={proposal.id}
            actions={
              proposal.status === 'CHANGES_REQUESTED'
                ? [
                    { intent: 'resubmit', label: t('form.saveAndResubmit') },
                    { intent: 'save', label: t('form.save'), secondary: true },
                  ]
                : [{ intent: 'save', label: t('form.save') }]
            }
            cancel={
              <Link to={detailPath} className="button button--link">
                {t('form.cancel')}
              </Link>
            }
            onSubmit={async (input, intent) => {
              let notice: ProposalNotice = intent === 'resubmit' ? 'resubmitted' : 'saved';
              try {
                await update({ variables: { input: { ...input, id: proposal.id } } });
                if (intent === 'resubmit') await resubmit({ variables: { input: { id: proposal.id } } });
              } catch (error) {
                // Taken into review meanwhile: the proposal page says so and shows where it stands.
                if (!isStateChange(error)) throw error;
                notice = 'stale';
              }
              void navigate(detailPath, { state: { proposalNotice: notice } });
            }}
          />
          <ProposalAttachments proposalId={proposal.id} editable />
        </>
      )}
    </div>
  );
}
