/** The operations are written in following.graphql; codegen types them in following.generated.ts (`npm run codegen`). */
export {
  InstrumentFollowDocument as InstrumentFollowQuery,
  CollectionFollowDocument as CollectionFollowQuery,
  MyPhaseFollowsDocument as MyPhaseFollowsQuery,
  MyFollowsDocument as MyFollowsQuery,
  FollowDocument as FollowMutation,
  UnfollowDocument as UnfollowMutation,
  UpdateFollowSettingsDocument as UpdateFollowSettingsMutation,
  UnsubscribePreviewDocument as UnsubscribePreviewQuery,
  UnsubscribeDocument as UnsubscribeMutation,
} from './following.generated';
export type { FollowListItemFragment as FollowItem } from './following.generated';
