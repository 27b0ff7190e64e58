/** The pages' operations are written in following.graphql; codegen types them in following.generated.ts (`npm run codegen`). */
export {
  MyFollowsDocument as MyFollowsQuery,
  UpdateFollowSettingsDocument as UpdateFollowSettingsMutation,
  UnsubscribePreviewDocument as UnsubscribePreviewQuery,
  UnsubscribeDocument as UnsubscribeMutation,
} from './following.generated';
export type { FollowItem } from './follow-button.documents';
