/** The operations are written in account.graphql; codegen types them in account.generated.ts (`npm run codegen`). */
export {
  ViewerDocument as ViewerQuery,
  SignOutDocument as SignOutMutation,
  ResendMyVerificationDocument as ResendMyVerificationMutation,
} from './account.generated';
