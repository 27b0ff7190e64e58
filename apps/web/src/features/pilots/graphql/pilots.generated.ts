/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../../generated/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddPilotFeedbackInput = {
  /** What to change. */
  change?: string | null | undefined;
  /** Curators: the invited member whose feedback this is. Left out: your own. */
  memberId?: string | number | null | undefined;
  pilotId: string | number;
  recommend: boolean;
  /** 1 to 5. */
  usefulness: number;
  /** What worked. */
  worked: string;
};

export type InvitePilotMemberInput = {
  /** The e-mail address of an existing account. */
  email: string;
  pilotId: string | number;
};

/** PLANNED, RUNNING or FINISHED. */
export type PilotState =
  | 'FINISHED'
  | 'PLANNED'
  | 'RUNNING';

/** Where an instrument is in its lifecycle, from idea to available (or retired). */
export type PrototypeStatus =
  | 'AVAILABLE'
  | 'IDEA'
  | 'IN_DESIGN'
  | 'PILOTING'
  | 'PROTOTYPE'
  | 'RETIRED';

export type RecordPilotInput = {
  /** The learning community it runs in. */
  community: string;
  /** YYYY-MM-DD, on or after startsOn. */
  endsOn?: string | null | undefined;
  instrumentId: string | number;
  note?: string | null | undefined;
  /** YYYY-MM-DD. */
  startsOn: string;
  state?: PilotState | null | undefined;
};

/** The fields to change; a field left out stays as it is, endsOn and note null clear them. */
export type UpdatePilotInput = {
  community?: string | null | undefined;
  endsOn?: string | null | undefined;
  id: string | number;
  note?: string | null | undefined;
  startsOn?: string | null | undefined;
  state?: PilotState | null | undefined;
};

export type PilotFeedbackSummaryFieldsFragment = { count: number, recommendCount: number, meanUsefulness: number | null };

export type InstrumentPilotsSummaryFragment = { id: string, pilotsSummary: { pilots: number, planned: number, running: number, finished: number, feedback: { count: number, recommendCount: number, meanUsefulness: number | null } } };

export type PilotFeedbackFieldsFragment = { id: string, member: string, worked: string, change: string | null, recommend: boolean, usefulness: number, onBehalf: boolean, createdAt: string };

export type PilotFieldsFragment = { id: string, community: string, startsOn: string, endsOn: string | null, state: Types.PilotState, note: string | null, invitedMe: boolean, feedbackSummary: { count: number, recommendCount: number, meanUsefulness: number | null }, myFeedback: { id: string, member: string, worked: string, change: string | null, recommend: boolean, usefulness: number, onBehalf: boolean, createdAt: string } | null, feedback: Array<{ id: string, member: string, worked: string, change: string | null, recommend: boolean, usefulness: number, onBehalf: boolean, createdAt: string }> | null };

export type InstrumentPilotsQueryVariables = Exact<{
  slug: string;
  curator: boolean;
}>;


export type InstrumentPilotsQuery = { instrument: { id: string, status: Types.PrototypeStatus, pilots: Array<{ id: string, community: string, startsOn: string, endsOn: string | null, state: Types.PilotState, note: string | null, invitedMe: boolean, members?: Array<{ accountId: string, displayName: string, email: string, hasGivenFeedback: boolean }>, feedbackSummary: { count: number, recommendCount: number, meanUsefulness: number | null }, myFeedback: { id: string, member: string, worked: string, change: string | null, recommend: boolean, usefulness: number, onBehalf: boolean, createdAt: string } | null, feedback: Array<{ id: string, member: string, worked: string, change: string | null, recommend: boolean, usefulness: number, onBehalf: boolean, createdAt: string }> | null }>, pilotsSummary: { pilots: number, planned: number, running: number, finished: number, feedback: { count: number, recommendCount: number, meanUsefulness: number | null } } } | null };

export type RecordPilotMutationVariables = Exact<{
  input: Types.RecordPilotInput;
}>;


export type RecordPilotMutation = { recordPilot: { id: string } };

export type UpdatePilotMutationVariables = Exact<{
  input: Types.UpdatePilotInput;
}>;


export type UpdatePilotMutation = { updatePilot: { id: string, state: Types.PilotState, endsOn: string | null } };

export type InvitePilotMemberMutationVariables = Exact<{
  input: Types.InvitePilotMemberInput;
}>;


export type InvitePilotMemberMutation = { invitePilotMember: { id: string } };

export type AddPilotFeedbackMutationVariables = Exact<{
  input: Types.AddPilotFeedbackInput;
}>;


export type AddPilotFeedbackMutation = { addPilotFeedback: { id: string, member: string, worked: string, change: string | null, recommend: boolean, usefulness: number, onBehalf: boolean, createdAt: string } };

export const PilotFeedbackSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFeedbackSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotFeedbackSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"recommendCount"}},{"kind":"Field","name":{"kind":"Name","value":"meanUsefulness"}}]}}]} as unknown as DocumentNode<PilotFeedbackSummaryFieldsFragment, unknown>;
export const InstrumentPilotsSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentPilotsSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pilotsSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilots"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFeedbackSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFeedbackSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotFeedbackSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"recommendCount"}},{"kind":"Field","name":{"kind":"Name","value":"meanUsefulness"}}]}}]} as unknown as DocumentNode<InstrumentPilotsSummaryFragment, unknown>;
export const PilotFeedbackFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"worked"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"recommend"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PilotFeedbackFieldsFragment, unknown>;
export const PilotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"invitedMe"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFeedbackSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFeedbackFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFeedbackFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFeedbackSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotFeedbackSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"recommendCount"}},{"kind":"Field","name":{"kind":"Name","value":"meanUsefulness"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"worked"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"recommend"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PilotFieldsFragment, unknown>;
export const InstrumentPilotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentPilots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"curator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentPilotsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"pilots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"curator"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"hasGivenFeedback"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFeedbackSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotFeedbackSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"recommendCount"}},{"kind":"Field","name":{"kind":"Name","value":"meanUsefulness"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"worked"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"recommend"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentPilotsSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pilotsSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pilots"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"finished"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFeedbackSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pilot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"invitedMe"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFeedbackSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myFeedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFeedbackFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFeedbackFields"}}]}}]}}]} as unknown as DocumentNode<InstrumentPilotsQuery, InstrumentPilotsQueryVariables>;
export const RecordPilotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPilot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPilotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordPilotMutation, RecordPilotMutationVariables>;
export const UpdatePilotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePilot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePilotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePilot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<UpdatePilotMutation, UpdatePilotMutationVariables>;
export const InvitePilotMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitePilotMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitePilotMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitePilotMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InvitePilotMemberMutation, InvitePilotMemberMutationVariables>;
export const AddPilotFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPilotFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPilotFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPilotFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PilotFeedbackFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PilotFeedbackFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PilotFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"member"}},{"kind":"Field","name":{"kind":"Name","value":"worked"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"recommend"}},{"kind":"Field","name":{"kind":"Name","value":"usefulness"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AddPilotFeedbackMutation, AddPilotFeedbackMutationVariables>;