/** The operations are written in mails.graphql; codegen types them in mails.generated.ts (`npm run codegen`). */
export { FailedMailsDocument as FailedMailsQuery, RetryMailDocument as RetryMailMutation } from './mails.generated';
