/** The buttons' operations are written in follow-button.graphql; codegen types them in follow-button.generated.ts (`npm run codegen`). */
export {
  InstrumentFollowDocument as InstrumentFollowQuery,
  CollectionFollowDocument as CollectionFollowQuery,
  MyPhaseFollowsDocument as MyPhaseFollowsQuery,
  FollowDocument as FollowMutation,
  UnfollowDocument as UnfollowMutation,
} from './follow-button.generated';
export type { FollowListItemFragment as FollowItem } from './follow-button.generated';
