import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PROPOSAL_STATUSES, type Origin, type ProposalStatus } from '#domain';
import { InstrumentDescription, InstrumentLink } from '../catalogue/instrument.model.js';
import { PageInfo } from '../graphql/page-info.model.js';

export const ProposalStatusEnum = Object.fromEntries(PROPOSAL_STATUSES.map((s) => [s, s])) as Record<
  ProposalStatus,
  ProposalStatus
>;
registerEnumType(ProposalStatusEnum, {
  name: 'ProposalStatus',
  description: 'SUBMITTED → IN_REVIEW → ACCEPTED | REJECTED | CHANGES_REQUESTED (→ edited and SUBMITTED again); WITHDRAWN by the proposer.',
});

@ObjectType()
export class ProposalEvent {
  @Field(() => ProposalStatusEnum, { nullable: true })
  from: ProposalStatus | null;

  @Field(() => ProposalStatusEnum)
  to: ProposalStatus;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field()
  by: string;

  @Field()
  at: Date;

  /** On a request for changes: the proposal's fields then (proposal-changes.ts); not in the API. */
  fields?: Record<string, unknown> | null;
}

@ObjectType({ description: 'One field a proposer changed after the last request for changes: before and after.' })
export class ProposalFieldChange {
  @Field({ description: 'The field (as named in InstrumentDescription), or motivation.' })
  field: string;

  @Field(() => [String], {
    description: 'The value at the request: a text, vocabulary codes (in code order), or links as "label (url)"; empty when it was empty.',
  })
  before: string[];

  @Field(() => [String], { description: 'The value now, written the same way.' })
  after: string[];
}

/** A proposal row; vocabulary codes are turned into terms by field resolvers. */
@ObjectType({ implements: () => [InstrumentDescription] })
export class Proposal {
  @Field(() => ID)
  id: string;

  @Field(() => ProposalStatusEnum)
  status: ProposalStatus;

  // The descriptive fields come from the InstrumentDescription interface (GraphQL inherits them).
  title: string;
  summary: string;
  description: string;
  /** Vocabulary codes, under the instrument's field names; the resolver answers them as terms. */
  phases: string[];
  type: string;
  audiences: string[];
  sectors: string[];
  tags: string[];
  origin: Origin;
  ownerOrganisation: string | null;
  contactName: string | null;
  contactEmail: string | null;
  links: InstrumentLink[];
  language: string;
  licence: string | null;
  timeNeeded: string | null;

  @Field()
  motivation: string;

  proposerId: string;
  proposerEmail: string;

  @Field()
  proposerName: string;

  @Field(() => String, { nullable: true, description: 'The curator who reviews it.' })
  reviewerName: string | null;

  @Field(() => String, { nullable: true, description: 'Why changes were requested or the proposal was rejected.' })
  decisionReason: string | null;

  instrumentId: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class ProposalEdge {
  @Field()
  cursor: string;

  @Field(() => Proposal)
  node: Proposal;
}

@ObjectType()
export class ProposalConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [ProposalEdge])
  edges: ProposalEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

export const SIMILAR_KINDS = ['INSTRUMENT', 'PROPOSAL'] as const;
export const SimilarKindEnum = { INSTRUMENT: 'INSTRUMENT', PROPOSAL: 'PROPOSAL' } as const;
registerEnumType(SimilarKindEnum, { name: 'SimilarKind' });

@ObjectType({ description: 'An existing instrument or open proposal that resembles what is being proposed.' })
export class SimilarItem {
  @Field(() => SimilarKindEnum)
  kind: (typeof SIMILAR_KINDS)[number];

  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'For instruments: where to read it.' })
  slug: string | null;

  @Field({ description: 'Prototype status of an instrument or state of a proposal.' })
  status: string;

  @Field(() => Float)
  score: number;
}
