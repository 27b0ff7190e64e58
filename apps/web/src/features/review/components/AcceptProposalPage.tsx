import { canTakeProposalAction } from '#domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../app/components/BackLink';
import { Link, useNavigate, useParams } from '../../../app/router';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { ProposalForm, ProposalNotLoaded, ProposalQuery, proposalEdits, valuesFromProposal, type ProposalFieldsFragment } from '../../proposals';
import { AcceptProposalMutation } from '../graphql/review.documents';
import { afterReview, REFETCH_AFTER_REVIEW } from '../reviewCache';
import { useAcceptChoices } from './useAcceptChoices';
import '../review.css';

/**
 * `/beheer/voorstellen/:id/opnemen`: accepting with corrections. The proposal's fields in the
 * proposal form (without the motivation), the status and slug of the new instrument, and only the
 * fields the curator changed go to `acceptProposal` as `edits`; the proposal keeps its own text.
 */
export function AcceptProposalPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('proposals');
  useDocumentTitle(t('accept.title'));
  const { data, error, refetch } = useQuery(ProposalQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const proposal = data?.proposal;
  if (proposal) return <AcceptWithEdits proposal={proposal} />;
  return (
    <ProposalNotLoaded
      className="page proposals-page review-page"
      back={<BackLink to={`/beheer/voorstellen/${id}`} label={t('accept.back')} />}
      error={error}
      retry={() => void refetch().catch(() => undefined)}
    />
  );
}

function AcceptWithEdits({ proposal }: { proposal: ProposalFieldsFragment }) {
  const { t } = useTranslation('proposals');
  const navigate = useNavigate();
  const initial = useMemo(() => valuesFromProposal(proposal), [proposal]);
  const [title, setTitle] = useState(proposal.title);
  const choices = useAcceptChoices(proposal, title);
  const onChange = useCallback((values: { title: string }) => setTitle(values.title), []);
  const [accept] = useMutation(AcceptProposalMutation, {
    refetchQueries: REFETCH_AFTER_REVIEW,
    update: (cache) => afterReview(cache, 'accept'),
  });
  const reviewPath = `/beheer/voorstellen/${proposal.id}`;

  return (
    <div className="page proposals-page review-page">
      <BackLink to={reviewPath} label={t('accept.back')} />
      <h1>
        {t('accept.title')}: {proposal.title}
      </h1>
      {!canTakeProposalAction('ACCEPT', proposal.status) ? (
        <div className="notice">
          <p>{t('accept.notOpen')}</p>
          <p>
            <Link to={reviewPath}>{t('accept.back')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t('accept.lead')}</p>
          <ProposalForm
            initial={initial}
            excludeId={proposal.id}
            withMotivation={false}
            extraFields={<div className="proposals-section">{choices.fields}</div>}
            actions={[{ intent: 'accept', label: t('accept.submit') }]}
            cancel={
              <Link to={reviewPath} className="button button--link">
                {t('form.cancel')}
              </Link>
            }
            onChange={onChange}
            onSubmit={async (input) => {
              if (!choices.check()) return;
              try {
                const edits = proposalEdits(initial, input);
                await accept({ variables: { input: { id: proposal.id, status: choices.status, slug: choices.slug, derivedFromId: choices.derivedFromId, edits } } });
              } catch (error) {
                if (choices.refused(error)) return;
                throw error;
              }
              void navigate(reviewPath);
            }}
          />
        </>
      )}
    </div>
  );
}
