/** What other features (the curators' review) use of the proposals feature; nothing else is imported from outside it. */
export { ProposalDetails } from './components/ProposalDetails';
export { ProposalForm } from './components/ProposalForm';
export { ProposalNotLoaded } from './components/ProposalNotLoaded';
export { proposalEdits, valuesFromProposal } from './proposalForm';
export { ProposalHeader } from './components/ProposalHeader';
export { ProposalHistory } from './components/ProposalHistory';
export { ProposalStatusBadge, useProposalStatusLabel } from './components/ProposalStatusBadge';
export { ProposalQuery, SimilarInstrumentsQuery } from './graphql/proposals.documents';
export type { ProposalFieldsFragment } from './graphql/proposals.generated';
import './proposals.css';
