/** The operations are written in reported.graphql; codegen types them in reported.generated.ts (`npm run codegen`). */
export { ReportedReviewsDocument as ReportedReviewsQuery } from './reported.generated';
