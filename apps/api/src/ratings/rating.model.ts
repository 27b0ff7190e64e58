import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../graphql/page-info.model.js';
import { VocabularyTerm } from '../vocabularies/vocabulary-term.model.js';

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
