import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PARTNER_KINDS, PRACTICE_REPORT_STATUSES, type PartnerKind, type PracticeReportStatus } from '#domain';
import { PageInfo } from '../graphql/page-info.model.js';

export const PracticeReportStatusEnum = Object.fromEntries(PRACTICE_REPORT_STATUSES.map((s) => [s, s])) as Record<
  PracticeReportStatus,
  PracticeReportStatus
>;
registerEnumType(PracticeReportStatusEnum, {
  name: 'PracticeReportStatus',
  description: 'SUBMITTED → PUBLISHED | DECLINED (with a reason); the author edits until it is published.',
});

export const PartnerKindEnum = Object.fromEntries(PARTNER_KINDS.map((k) => [k, k])) as Record<PartnerKind, PartnerKind>;
registerEnumType(PartnerKindEnum, { name: 'PartnerKind', description: 'With whom the learning community worked.' });

/** A practice report row; the phase and sector codes become terms in field resolvers. */
@ObjectType({ description: 'How an instrument was used in a learning community (praktijkvoorbeeld).' })
export class PracticeReport {
  @Field(() => ID)
  id: string;

  @Field(() => PracticeReportStatusEnum)
  status: PracticeReportStatus;

  instrumentId: string;
  authorId: string;

  @Field()
  authorName: string;

  @Field(() => String, { nullable: true, description: 'The learning community, when the author names it.' })
  communityName: string | null;

  /** Codes; answered as terms. */
  sectors: string[];
  phase: string;

  @Field(() => [PartnerKindEnum])
  partnerKinds: PartnerKind[];

  @Field({ description: 'First month, YYYY-MM.' })
  periodFrom: string;

  @Field(() => String, { nullable: true, description: 'Last month, YYYY-MM; null while it runs.' })
  periodTo: string | null;

  @Field()
  whatWeDid: string;

  @Field()
  whatItYielded: string;

  @Field()
  whatWeWouldChange: string;

  /** Answered to signed-in viewers only (as instruments' contact addresses). */
  contact: string | null;

  @Field(() => String, { nullable: true, description: 'Why a curator declined it; for the author and curators.' })
  decisionReason: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class PracticeReportEdge {
  @Field()
  cursor: string;

  @Field(() => PracticeReport)
  node: PracticeReport;
}

@ObjectType()
export class PracticeReportConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [PracticeReportEdge])
  edges: PracticeReportEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
