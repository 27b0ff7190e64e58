/** The operations are written in forms.graphql; codegen types them in forms.generated.ts (`npm run codegen`). */
export { SignInDocument as SignInMutation, RegisterDocument as RegisterMutation } from './forms.generated';
