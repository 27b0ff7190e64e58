/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../../generated/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new assessment of an instrument's evidence level: the level, why, and optionally what it rests on. */
export type AssessEvidenceInput = {
  evidenceLevel: EvidenceLevel;
  instrumentId: string | number;
  /** Why this level: required. */
  reason: string;
  sources?: Array<EvidenceSourceInput> | null | undefined;
};

/** How well the instrument is substantiated, on the ladder of the Dutch intervention databanks. */
export type EvidenceLevel =
  | 'DESCRIBED'
  | 'FIRST_INDICATIONS'
  | 'GOOD_INDICATIONS'
  | 'NOT_ASSESSED'
  | 'STRONG_INDICATIONS'
  | 'SUBSTANTIATED';

export type EvidenceSourceInput = {
  kind: EvidenceSourceKind;
  label?: string | null | undefined;
  pilotId?: string | number | null | undefined;
  practiceReportId?: string | number | null | undefined;
  url?: string | null | undefined;
};

/** What an evidence assessment cites. */
export type EvidenceSourceKind =
  | 'LINK'
  | 'PILOT'
  | 'PRACTICE_REPORT';

/** PLANNED, RUNNING or FINISHED. */
export type PilotState =
  | 'FINISHED'
  | 'PLANNED'
  | 'RUNNING';

export type EvidenceAssessmentFieldsFragment = { id: string, level: Types.EvidenceLevel, reason: string, assessedBy: string | null, assessedAt: string, sources: Array<{ kind: Types.EvidenceSourceKind, url: string | null, label: string | null, practiceReportId: string | null, pilotId: string | null }> };

export type LineageInstrumentFieldsFragment = { id: string, slug: string, title: string };

export type InstrumentEvidenceQueryVariables = Exact<{
  slug: string;
}>;


export type InstrumentEvidenceQuery = { instrument: { id: string, evidenceLevel: Types.EvidenceLevel, evidenceAssessments: Array<{ id: string, level: Types.EvidenceLevel, reason: string, assessedBy: string | null, assessedAt: string, sources: Array<{ kind: Types.EvidenceSourceKind, url: string | null, label: string | null, practiceReportId: string | null, pilotId: string | null }> }>, derivedFrom: { id: string, slug: string, title: string } | null, derivatives: Array<{ id: string, slug: string, title: string }> } | null };

export type AssessEvidenceMutationVariables = Exact<{
  input: Types.AssessEvidenceInput;
}>;


export type AssessEvidenceMutation = { assessEvidence: { id: string, version: number, evidenceLevel: Types.EvidenceLevel, evidenceAssessments: Array<{ id: string, level: Types.EvidenceLevel, reason: string, assessedBy: string | null, assessedAt: string, sources: Array<{ kind: Types.EvidenceSourceKind, url: string | null, label: string | null, practiceReportId: string | null, pilotId: string | null }> }> } };

export type EvidenceSourceChoicesQueryVariables = Exact<{
  slug: string;
  instrumentId: string | number;
}>;


export type EvidenceSourceChoicesQuery = { instrument: { id: string, pilots: Array<{ id: string, community: string, startsOn: string, endsOn: string | null, state: Types.PilotState }> } | null, practiceReports: { edges: Array<{ node: { id: string, communityName: string | null, periodFrom: string, periodTo: string | null } }> } };

export const EvidenceAssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"practiceReportId"}},{"kind":"Field","name":{"kind":"Name","value":"pilotId"}}]}}]}}]} as unknown as DocumentNode<EvidenceAssessmentFieldsFragment, unknown>;
export const LineageInstrumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineageInstrumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<LineageInstrumentFieldsFragment, unknown>;
export const InstrumentEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceAssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"derivedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineageInstrumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"derivatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LineageInstrumentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"practiceReportId"}},{"kind":"Field","name":{"kind":"Name","value":"pilotId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LineageInstrumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]} as unknown as DocumentNode<InstrumentEvidenceQuery, InstrumentEvidenceQueryVariables>;
export const AssessEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceAssessmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"practiceReportId"}},{"kind":"Field","name":{"kind":"Name","value":"pilotId"}}]}}]}}]} as unknown as DocumentNode<AssessEvidenceMutation, AssessEvidenceMutationVariables>;
export const EvidenceSourceChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceSourceChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pilots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"practiceReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"instrumentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityName"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceSourceChoicesQuery, EvidenceSourceChoicesQueryVariables>;