import { graphql } from '../../../generated';

export const RatingSummaryFieldsFragment = graphql(`
  fragment RatingSummaryFields on RatingSummary {
    average
    count
    distribution
  }
`);

/** One rating as a review in the list and as the member's own rating in the form. */
export const RatingReviewFieldsFragment = graphql(`
  fragment RatingReviewFields on Rating {
    id
    score
    review
    hidden
    hiddenReason
    author
    createdAt
    updatedAt
    context {
      sector {
        code
        labelNl
        labelEn
      }
      phase {
        code
        labelNl
        labelEn
      }
    }
  }
`);

/** The rating section of an instrument page; `reviews` pages by cursor ("load more"). */
export const InstrumentRatingsQuery = graphql(`
  query InstrumentRatings($slug: String!, $after: String) {
    instrument(slug: $slug) {
      id
      status
      ratingSummary {
        ...RatingSummaryFields
      }
      myRating {
        ...RatingReviewFields
      }
      reviews(first: 10, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...RatingReviewFields
          }
        }
      }
    }
  }
`);

/** The sectors and phases a member can name as the context in which they used an instrument. */
export const RatingContextChoicesQuery = graphql(`
  query RatingContextChoices {
    vocabularies {
      sectors {
        code
        labelNl
        labelEn
        hidden
      }
      phases {
        code
        labelNl
        labelEn
        hidden
      }
    }
  }
`);

/** Returns the instrument's new summary too, so the server's numbers replace the optimistic ones. */
export const RateInstrumentMutation = graphql(`
  mutation RateInstrument($input: RateInstrumentInput!) {
    rateInstrument(input: $input) {
      ...RatingReviewFields
      instrument {
        id
        ratingSummary {
          ...RatingSummaryFields
        }
        myRating {
          id
        }
      }
    }
  }
`);

export const RemoveMyRatingMutation = graphql(`
  mutation RemoveMyRating($input: RemoveMyRatingInput!) {
    removeMyRating(input: $input) {
      id
      ratingSummary {
        ...RatingSummaryFields
      }
      myRating {
        id
      }
    }
  }
`);
