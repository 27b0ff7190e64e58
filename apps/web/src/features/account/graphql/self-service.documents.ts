/** The operations are written in self-service.graphql; codegen types them in self-service.generated.ts (`npm run codegen`). */
export {
  ChangeEmailDocument as ChangeEmailMutation,
  ChangePasswordDocument as ChangePasswordMutation,
  ConfirmEmailDocument as ConfirmEmailMutation,
  DeleteMyAccountDocument as DeleteMyAccountMutation,
  MyAccountDocument as MyAccountQuery,
  MyDataDocument as MyDataQuery,
  RequestPasswordResetDocument as RequestPasswordResetMutation,
  ResetPasswordDocument as ResetPasswordMutation,
  SignOutEverywhereDocument as SignOutEverywhereMutation,
} from './self-service.generated';
