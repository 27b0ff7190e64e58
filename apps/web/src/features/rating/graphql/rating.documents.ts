/** The operations are written in rating.graphql; codegen types them in rating.generated.ts (`npm run codegen`). */
export {
  RatingSummaryFieldsFragmentDoc as RatingSummaryFieldsFragment,
  RatingReviewFieldsFragmentDoc as RatingReviewFieldsFragment,
  InstrumentRatingsDocument as InstrumentRatingsQuery,
  RatingContextChoicesDocument as RatingContextChoicesQuery,
  RateInstrumentDocument as RateInstrumentMutation,
  RemoveMyRatingDocument as RemoveMyRatingMutation,
} from './rating.generated';
