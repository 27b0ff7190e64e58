/** The operations are written in proposals.graphql; codegen types them in proposals.generated.ts (`npm run codegen`). */
export {
  ProposalFieldsFragmentDoc as ProposalFieldsFragment,
  MyProposalsDocument as MyProposalsQuery,
  ProposalDocument as ProposalQuery,
  ProposalVocabulariesDocument as ProposalVocabulariesQuery,
  SimilarInstrumentsDocument as SimilarInstrumentsQuery,
  SubmitProposalDocument as SubmitProposalMutation,
  UpdateProposalDocument as UpdateProposalMutation,
  ResubmitProposalDocument as ResubmitProposalMutation,
  WithdrawProposalDocument as WithdrawProposalMutation,
} from './proposals.generated';
