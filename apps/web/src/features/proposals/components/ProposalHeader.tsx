import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../app/formats';
import type { ProposalFieldsFragment } from '../graphql/proposals.generated';
import { ProposalStatusBadge } from './ProposalStatusBadge';

/** The h1 of a proposal page: title, state, who proposed it when, and who reviews it. */
export function ProposalHeader({ proposal }: { proposal: ProposalFieldsFragment }) {
  const { t } = useTranslation('proposals');
  const formatDate = useDateFormat();
  return (
    <header className="proposal-header">
      <h1>{proposal.title}</h1>
      <p className="proposal-header__meta">
        <ProposalStatusBadge status={proposal.status} />
        <span>{t('detail.submittedBy', { name: proposal.proposerName, date: formatDate(proposal.createdAt) })}</span>
        {proposal.reviewerName && <span>{t('detail.reviewer', { name: proposal.reviewerName })}</span>}
      </p>
    </header>
  );
}
