/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../../generated/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where an instrument is in its lifecycle, from idea to available (or retired). */
export type PrototypeStatus =
  | 'AVAILABLE'
  | 'IDEA'
  | 'IN_DESIGN'
  | 'PILOTING'
  | 'PROTOTYPE'
  | 'RETIRED';

export type RecommendInstrumentsInput = {
  /** Who takes part: audience codes. */
  audiences?: Array<string> | null | undefined;
  first?: number | null | undefined;
  /** What you want to do: tag or instrument type codes. */
  goals?: Array<string> | null | undefined;
  /** A phase code. */
  phase?: string | null | undefined;
  /** A sector code. */
  sector?: string | null | undefined;
  timeAvailable?: TimeAvailable | null | undefined;
};

/** Which answer of the finder an instrument matched. */
export type RecommendationReasonKind =
  | 'AUDIENCE'
  | 'GOAL'
  | 'PHASE'
  | 'SECTOR'
  | 'TIME'
  | 'USABLE';

/** The time a group has for an instrument: up to an hour, up to half a day (4 hours), or more. */
export type TimeAvailable =
  | 'HALF_DAY'
  | 'MORE'
  | 'UP_TO_1_HOUR';

export type FinderVocabulariesQueryVariables = Exact<{ [key: string]: never; }>;


export type FinderVocabulariesQuery = { vocabularies: { phases: Array<{ hidden: boolean, code: string, labelNl: string, labelEn: string }>, tags: Array<{ hidden: boolean, code: string, labelNl: string, labelEn: string }>, sectors: Array<{ hidden: boolean, code: string, labelNl: string, labelEn: string }>, audiences: Array<{ hidden: boolean, code: string, labelNl: string, labelEn: string }> } };

export type RecommendInstrumentsQueryVariables = Exact<{
  input: Types.RecommendInstrumentsInput;
}>;


export type RecommendInstrumentsQuery = { recommendInstruments: Array<{ score: number, reasons: Array<{ kind: Types.RecommendationReasonKind, code: string, labelNl: string, labelEn: string }>, instrument: { id: string, slug: string, title: string, summary: string, status: Types.PrototypeStatus } }> };


export const FinderVocabulariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinderVocabularies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vocabularies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermLabel"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermLabel"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermLabel"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TermLabel"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TermLabel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VocabularyTerm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]} as unknown as DocumentNode<FinderVocabulariesQuery, FinderVocabulariesQueryVariables>;
export const RecommendInstrumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendInstruments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendInstrumentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendInstruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RecommendInstrumentsQuery, RecommendInstrumentsQueryVariables>;