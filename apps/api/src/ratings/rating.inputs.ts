import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import {
  PAGINATION,
  RATING_LIMITS as R,
  REVIEW_REPORT_LIMITS,
  REVIEW_REPORT_REASONS,
  type ReviewReportReason,
} from '#domain';
import { ReviewReportReasonEnum } from './rating.model.js';

@InputType()
export class RatingContextInput {
  @Field({ nullable: true, description: 'Sector code.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  sector?: string;

  @Field({ nullable: true, description: 'Phase code.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  phase?: string;
}

@InputType()
export class RateInstrumentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'instrumentId must be an instrument id' })
  instrumentId: string;

  @Field(() => Int, { description: 'Whole stars, 1 to 5.' })
  @IsInt({ message: 'score must be a whole number of stars from 1 to 5' })
  @Min(R.score.min, { message: 'score must be a whole number of stars from 1 to 5' })
  @Max(R.score.max, { message: 'score must be a whole number of stars from 1 to 5' })
  score: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(R.review.max, { message: `review must be at most ${R.review.max} characters` })
  review?: string | null;

  @Field(() => RatingContextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RatingContextInput)
  context?: RatingContextInput | null;
}

@InputType()
export class RemoveMyRatingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'instrumentId must be an instrument id' })
  instrumentId: string;
}

@InputType()
export class HideReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'ratingId must be a rating id' })
  ratingId: string;

  @Field({ description: 'Shown to the author.' })
  @IsString()
  @Length(R.hideReason.min, R.hideReason.max, {
    message: `reason must be ${R.hideReason.min} to ${R.hideReason.max} characters`,
  })
  reason: string;
}

@ArgsType()
export class ReviewsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10 })
  @IsOptional()
  @IsInt()
  @Min(1, { message: `first must be between 1 and ${PAGINATION.maxPageSize}` })
  @Max(PAGINATION.maxPageSize, { message: `first must be between 1 and ${PAGINATION.maxPageSize}` })
  first: number = 10;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@InputType()
export class UnhideReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'ratingId must be a rating id' })
  ratingId: string;
}

@InputType()
export class ReportReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'ratingId must be a rating id' })
  ratingId: string;

  @Field(() => ReviewReportReasonEnum)
  @IsIn(REVIEW_REPORT_REASONS)
  reason: ReviewReportReason;

  @Field(() => String, { nullable: true, description: 'What is wrong, in the member’s words; required for OTHER.' })
  @IsOptional()
  @IsString()
  @MaxLength(REVIEW_REPORT_LIMITS.note.max, { message: `note must be at most ${REVIEW_REPORT_LIMITS.note.max} characters` })
  note?: string | null;
}

@InputType()
export class DismissReviewReportsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'ratingId must be a rating id' })
  ratingId: string;
}
