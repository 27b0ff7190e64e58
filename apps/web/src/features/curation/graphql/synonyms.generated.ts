/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../../generated/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CreateSynonymGroupInput = {
  /** 2 to 20 words, each 1 to 60 characters; trimmed and lower-cased. */
  words: Array<string>;
};

export type DeleteSynonymGroupInput = {
  id: string | number;
};

export type UpdateSynonymGroupInput = {
  id: string | number;
  /** 2 to 20 words, each 1 to 60 characters; trimmed and lower-cased. */
  words: Array<string>;
};

export type SynonymGroupFieldsFragment = { id: string, words: Array<string>, updatedAt: string };

export type SynonymGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type SynonymGroupsQuery = { synonymGroups: Array<{ id: string, words: Array<string>, updatedAt: string }> };

export type CreateSynonymGroupMutationVariables = Exact<{
  input: Types.CreateSynonymGroupInput;
}>;


export type CreateSynonymGroupMutation = { createSynonymGroup: { id: string, words: Array<string>, updatedAt: string } };

export type UpdateSynonymGroupMutationVariables = Exact<{
  input: Types.UpdateSynonymGroupInput;
}>;


export type UpdateSynonymGroupMutation = { updateSynonymGroup: { id: string, words: Array<string>, updatedAt: string } };

export type DeleteSynonymGroupMutationVariables = Exact<{
  input: Types.DeleteSynonymGroupInput;
}>;


export type DeleteSynonymGroupMutation = { deleteSynonymGroup: boolean };

export const SynonymGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynonymGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SynonymGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SynonymGroupFieldsFragment, unknown>;
export const SynonymGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SynonymGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synonymGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SynonymGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynonymGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SynonymGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SynonymGroupsQuery, SynonymGroupsQueryVariables>;
export const CreateSynonymGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSynonymGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSynonymGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSynonymGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SynonymGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynonymGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SynonymGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateSynonymGroupMutation, CreateSynonymGroupMutationVariables>;
export const UpdateSynonymGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSynonymGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSynonymGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSynonymGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SynonymGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynonymGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SynonymGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"words"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateSynonymGroupMutation, UpdateSynonymGroupMutationVariables>;
export const DeleteSynonymGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSynonymGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSynonymGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSynonymGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteSynonymGroupMutation, DeleteSynonymGroupMutationVariables>;