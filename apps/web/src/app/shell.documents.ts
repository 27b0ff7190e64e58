import { graphql } from '../generated';

/** The count on the curators' "Beheer" menu item: proposals nobody has taken into review. */
export const AwaitingReviewQuery = graphql(`
  query AwaitingReview {
    proposalsAwaitingReview
  }
`);
