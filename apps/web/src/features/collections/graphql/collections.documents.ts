/** The operations are written in collections.graphql; codegen types them in collections.generated.ts (`npm run codegen`). */
export {
  CollectionsDocument as CollectionsQuery,
  CollectionDocument as CollectionQuery,
  InstrumentCollectionsDocument as InstrumentCollectionsQuery,
  CollectionInstrumentSearchDocument as CollectionInstrumentSearchQuery,
  CreateCollectionDocument as CreateCollectionMutation,
  UpdateCollectionDocument as UpdateCollectionMutation,
  SetCollectionItemsDocument as SetCollectionItemsMutation,
  PublishCollectionDocument as PublishCollectionMutation,
  UnpublishCollectionDocument as UnpublishCollectionMutation,
} from './collections.generated';
export type { CollectionQuery as CollectionQueryResult } from './collections.generated';
