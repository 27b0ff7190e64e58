/** The operations are written in synonyms.graphql; codegen types them in synonyms.generated.ts (`npm run codegen`). */
export {
  SynonymGroupsDocument as SynonymGroupsQuery,
  CreateSynonymGroupDocument as CreateSynonymGroupMutation,
  UpdateSynonymGroupDocument as UpdateSynonymGroupMutation,
  DeleteSynonymGroupDocument as DeleteSynonymGroupMutation,
} from './synonyms.generated';
