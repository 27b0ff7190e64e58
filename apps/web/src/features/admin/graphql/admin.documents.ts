/** The operations are written in admin.graphql; codegen types them in admin.generated.ts (`npm run codegen`). */
export {
  AccountsDocument as AccountsQuery,
  SetAccountRoleDocument as SetAccountRoleMutation,
  DisableAccountDocument as DisableAccountMutation,
  EnableAccountDocument as EnableAccountMutation,
  ResendVerificationDocument as ResendVerificationMutation,
} from './admin.generated';
