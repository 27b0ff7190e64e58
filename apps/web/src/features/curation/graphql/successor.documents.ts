/** The operations are written in successor.graphql; codegen types them in successor.generated.ts (`npm run codegen`). */
export {
  SuccessorFieldsFragmentDoc as SuccessorFieldsFragment,
  SuccessorCandidatesDocument as SuccessorCandidatesQuery,
} from './successor.generated';
