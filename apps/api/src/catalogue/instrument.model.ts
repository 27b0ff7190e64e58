import { Field, ID, Int, InterfaceType, ObjectType } from '@nestjs/graphql';
import type { EvidenceLevel, Origin, PrototypeStatus } from '#domain';
import { PageInfo } from '../graphql/page-info.model.js';
import { VocabularyTerm } from '../vocabularies/vocabulary-term.model.js';
import { EvidenceLevelEnum, OriginEnum, PrototypeStatusEnum, SearchMatchEnum, type SearchMatch } from './catalogue.enums.js';
import { FacetSuggestion } from './facet.model.js';

@ObjectType()
export class InstrumentLink {
  @Field()
  label: string;

  @Field()
  url: string;
}

@ObjectType({ description: 'One entry of the append-only status history.' })
export class StatusChange {
  @Field(() => PrototypeStatusEnum, { nullable: true, description: 'Null for the entry that created the instrument.' })
  from: PrototypeStatus | null;

  @Field(() => PrototypeStatusEnum)
  to: PrototypeStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: 'Display name of the curator who made the change.' })
  changedBy: string;

  @Field()
  changedAt: Date;
}

/**
 * The descriptive fields of INSTRUMENT_FIELDS (libs/domain), which an instrument and a proposal for
 * one both answer, so that a client selects them once (the web app's InstrumentDescriptionFields).
 * Each type resolves them itself; tests/api/instrument-fields.test.ts holds this to the definition.
 */
@InterfaceType({ description: 'The descriptive fields an instrument and a proposal for one share.' })
export abstract class InstrumentDescription {
  @Field()
  title: string;

  @Field()
  summary: string;

  @Field()
  description: string;

  @Field(() => VocabularyTerm, { nullable: true })
  type: VocabularyTerm | null;

  @Field(() => [VocabularyTerm])
  phases: VocabularyTerm[];

  @Field(() => [VocabularyTerm])
  audiences: VocabularyTerm[];

  @Field(() => [VocabularyTerm])
  sectors: VocabularyTerm[];

  @Field(() => [VocabularyTerm])
  tags: VocabularyTerm[];

  @Field(() => OriginEnum)
  origin: Origin;

  @Field(() => String, { nullable: true })
  ownerOrganisation: string | null;

  @Field(() => String, { nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  licence: string | null;

  @Field()
  language: string;

  @Field(() => String, { nullable: true })
  timeNeeded: string | null;

  @Field(() => [InstrumentLink])
  links: InstrumentLink[];
}

@ObjectType({ implements: () => [InstrumentDescription] })
export class Instrument {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field({ description: 'Short text for cards.' })
  summary: string;

  @Field({ description: 'Markdown. Clients must sanitise it when rendering.' })
  description: string;

  @Field(() => PrototypeStatusEnum)
  status: PrototypeStatus;

  @Field(() => EvidenceLevelEnum)
  evidenceLevel: EvidenceLevel;

  @Field(() => OriginEnum)
  origin: Origin;

  /** Resolved to `type` through the request's vocabulary snapshot. */
  typeId: number;

  @Field(() => String, { nullable: true })
  ownerOrganisation: string | null;

  @Field(() => String, { nullable: true })
  contactName: string | null;

  /** Resolved by a guarded field resolver: signed-in members only. */
  contactEmail: string | null;

  @Field({ description: 'ISO 639-1 code of the language the instrument is written in.' })
  language: string;

  @Field(() => String, { nullable: true })
  licence: string | null;

  @Field(() => String, { nullable: true, description: 'Time needed to use the instrument, in words.' })
  timeNeeded: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int, { description: 'Increases with every change; used to detect concurrent edits.' })
  version: number;
}

@ObjectType()
export class InstrumentEdge {
  @Field()
  cursor: string;

  @Field(() => Instrument)
  node: Instrument;
}

@ObjectType()
export class InstrumentConnection {
  @Field(() => Int, {
    description:
      'All instruments matching the filter and search: exact up to 1,000; above, when totalCountExact is false, an estimate from a 1/32 sample that is a lower bound (the true count is higher in 97.5 % of samples), rounded down to two significant digits ("well over 80,000").',
  })
  totalCount: number;

  @Field({ description: 'False when totalCount is an estimate (a lower bound), because more than 1,000 instruments match.' })
  totalCountExact: boolean;

  @Field(() => [InstrumentEdge])
  edges: InstrumentEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => SearchMatchEnum, { nullable: true, description: 'Null without a search or without results.' })
  searchMatch: SearchMatch | null;

  @Field(() => String, {
    nullable: true,
    description: 'A close spelling of the search that finds more (e.g. "samenwerking" for "samenwerkng"); null when none.',
  })
  suggestion: string | null;

  @Field(() => [FacetSuggestion], {
    description: 'Query words that name a facet value (phase, type, audience, sector, tag — Dutch or English label or code), offered as filters.',
  })
  facetSuggestions: FacetSuggestion[];
}

@ObjectType()
export class FieldChange {
  @Field()
  field: string;

  @Field(() => String, { nullable: true, description: 'Lists are joined with ", ", links shown as "label (url)".' })
  oldValue: string | null;

  @Field(() => String, { nullable: true })
  newValue: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The items of a list value (vocabulary codes; links as "label (url)"), so a client can show labels; null for a single value.',
  })
  oldItems: string[] | null;

  @Field(() => [String], { nullable: true })
  newItems: string[] | null;
}

@ObjectType({ description: 'One change to an instrument: who, when, and each field from what to what.' })
export class InstrumentRevision {
  @Field({ description: 'CREATE, UPDATE, STATUS or EVIDENCE.' })
  action: string;

  @Field()
  changedBy: string;

  @Field()
  changedAt: Date;

  @Field(() => [FieldChange])
  changes: FieldChange[];
}
