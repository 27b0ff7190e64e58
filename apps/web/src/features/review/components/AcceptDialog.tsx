import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import type { ProposalFieldsFragment } from '../../proposals';
import { Dialog } from '../../../app/components/Dialog';
import { AcceptProposalMutation } from '../graphql/review.documents';
import { afterReview, REFETCH_AFTER_REVIEW } from '../reviewCache';
import { useAcceptChoices } from './useAcceptChoices';

/** Accept: choose the status the new instrument starts in (IDEA or AVAILABLE) and, if wanted, its slug. */
export function AcceptDialog({
  open,
  proposal,
  onClose,
  onFinished,
}: {
  open: boolean;
  proposal: ProposalFieldsFragment;
  onClose: () => void;
  onFinished: (error?: unknown) => void;
}) {
  const { t } = useTranslation('review');
  return (
    <Dialog open={open} title={t('accept.title')} onClose={onClose}>
      <AcceptForm proposal={proposal} onClose={onClose} onFinished={onFinished} />
    </Dialog>
  );
}

function AcceptForm({ proposal, onClose, onFinished }: { proposal: ProposalFieldsFragment; onClose: () => void; onFinished: (error?: unknown) => void }) {
  const { t } = useTranslation('review');
  const choices = useAcceptChoices(proposal);
  const [accept, { loading }] = useMutation(AcceptProposalMutation, {
    refetchQueries: REFETCH_AFTER_REVIEW,
    update: (cache) => afterReview(cache, 'accept'),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choices.check()) return;
    try {
      await accept({ variables: { input: { id: proposal.id, status: choices.status, slug: choices.slug, derivedFromId: choices.derivedFromId } } });
      onFinished();
    } catch (error) {
      if (!choices.refused(error)) onFinished(error);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('accept.lead')}</p>
      {/* Corrections before accepting: the whole form, on a page of its own. */}
      <p>
        <Link to={`/beheer/voorstellen/${proposal.id}/opnemen`}>{t('accept.link', { ns: 'proposals' })}</Link>
      </p>
      {choices.fields}
      <div className="proposals-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('proposal.busy') : t('accept.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('accept.cancel')}
        </button>
      </div>
    </form>
  );
}
