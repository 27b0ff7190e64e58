import { PROPOSAL_STATUS_LABELS, type ProposalStatus } from '#domain';
import { useTranslation } from 'react-i18next';

/** The state of a proposal as a badge: colour plus its Dutch (or English) label, never colour alone. */
export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { i18n } = useTranslation();
  const labels = PROPOSAL_STATUS_LABELS[status];
  return (
    <span className={`badge proposal-badge proposal-badge--${status.toLowerCase().replace('_', '-')}`} data-status={status}>
      {i18n.language === 'en' ? labels.en : labels.nl}
    </span>
  );
}

/** The label alone, for running text. */
export function useProposalStatusLabel(): (status: ProposalStatus) => string {
  const { i18n } = useTranslation();
  return (status) => PROPOSAL_STATUS_LABELS[status][i18n.language === 'en' ? 'en' : 'nl'];
}
