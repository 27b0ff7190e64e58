/** The operations are written in shell.graphql; codegen types them in shell.generated.ts (`npm run codegen`). */
export {
  AwaitingReviewDocument as AwaitingReviewQuery,
} from './shell.generated';
