/** The operations are written in review.graphql; codegen types them in review.generated.ts (`npm run codegen`). */
export {
  ReviewQueueDocument as ReviewQueueQuery,
  StartReviewDocument as StartReviewMutation,
  AcceptProposalDocument as AcceptProposalMutation,
  RejectProposalDocument as RejectProposalMutation,
  RequestChangesDocument as RequestChangesMutation,
} from './review.generated';
