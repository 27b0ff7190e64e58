/** The operations are written in moderation.graphql; codegen types them in moderation.generated.ts (`npm run codegen`). */
export {
  HideReviewDocument as HideReviewMutation,
  UnhideReviewDocument as UnhideReviewMutation,
  DismissReviewReportsDocument as DismissReviewReportsMutation,
  ReportReviewDocument as ReportReviewMutation,
} from './moderation.generated';
