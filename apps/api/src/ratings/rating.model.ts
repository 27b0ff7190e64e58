import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { REVIEW_REPORT_REASONS, type ReviewReportReason } from '#domain';
import { PageInfo } from '../graphql/page-info.model.js';
import { VocabularyTerm } from '../vocabularies/vocabulary-term.model.js';

export const ReviewReportReasonEnum = Object.fromEntries(REVIEW_REPORT_REASONS.map((r) => [r, r])) as Record<ReviewReportReason, ReviewReportReason>;
registerEnumType(ReviewReportReasonEnum, { name: 'ReviewReportReason', description: 'Why a member reports a review to the curators.' });

@ObjectType({ description: 'Where a member used the instrument.' })
export class RatingContext {
  @Field(() => VocabularyTerm, { nullable: true })
  sector: VocabularyTerm | null;

  @Field(() => VocabularyTerm, { nullable: true })
  phase: VocabularyTerm | null;
}

/** A rating row as the resolvers need it; text visibility is decided in the field resolvers. */
@ObjectType()
export class Rating {
  @Field(() => ID)
  id: string;

  instrumentId: string;
  accountId: string;
  contextSectorId: number | null;
  contextPhaseId: number | null;
  reviewText: string | null;

  @Field(() => Int)
  score: number;

  @Field({ description: 'Display name of the member.' })
  author: string;

  @Field({ description: 'True when a curator hid the review text.' })
  hidden: boolean;

  hiddenReasonText: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class RatingSummary {
  @Field(() => Float, { nullable: true, description: 'Mean stars; null without ratings.' })
  average: number | null;

  @Field(() => Int)
  count: number;

  @Field(() => [Int], { description: 'Counts for 1, 2, 3, 4 and 5 stars.' })
  distribution: number[];
}

@ObjectType()
export class ReviewEdge {
  @Field()
  cursor: string;

  @Field(() => Rating)
  node: Rating;
}

@ObjectType()
export class ReviewConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [ReviewEdge])
  edges: ReviewEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({ description: 'A member’s report of a review that no curator has settled yet (the reporter is not shown).' })
export class ReviewReport {
  @Field(() => ReviewReportReasonEnum)
  reason: ReviewReportReason;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  reportedAt: Date;
}
