/** The operations are written in files.graphql; codegen types them in files.generated.ts (`npm run codegen`). */
export {
  InstrumentFilesDocument as InstrumentFilesQuery,
  ProposalAttachmentsDocument as ProposalAttachmentsQuery,
  FileLimitsDocument as FileLimitsQuery,
  RetireFileEditionDocument as RetireFileEditionMutation,
  RestoreFileEditionDocument as RestoreFileEditionMutation,
  RemoveProposalAttachmentDocument as RemoveProposalAttachmentMutation,
} from './files.generated';
