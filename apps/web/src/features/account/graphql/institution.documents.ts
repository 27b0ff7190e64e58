/** The operation is written in institution.graphql; codegen types it in institution.generated.ts (`npm run codegen`). */
export { SignInOptionsDocument as SignInOptionsQuery } from './institution.generated';
