import { graphql } from '../../../generated';

/** The review queue, oldest first; `status` null shows every state. */
export const ReviewQueueQuery = graphql(`
  query ReviewQueue($status: ProposalStatus, $first: Int, $after: String) {
    proposals(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          status
          proposerName
          reviewerName
          createdAt
        }
      }
    }
    proposalsAwaitingReview
  }
`);

export const StartReviewMutation = graphql(`
  mutation StartReview($input: ProposalRefInput!) {
    startReview(input: $input) {
      ...ProposalFields
    }
  }
`);

export const AcceptProposalMutation = graphql(`
  mutation AcceptProposal($input: AcceptProposalInput!) {
    acceptProposal(input: $input) {
      ...ProposalFields
    }
  }
`);

export const RejectProposalMutation = graphql(`
  mutation RejectProposal($input: ProposalDecisionInput!) {
    rejectProposal(input: $input) {
      ...ProposalFields
    }
  }
`);

export const RequestChangesMutation = graphql(`
  mutation RequestChanges($input: ProposalDecisionInput!) {
    requestChanges(input: $input) {
      ...ProposalFields
    }
  }
`);
