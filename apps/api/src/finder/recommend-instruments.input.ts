import { applyDecorators } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TIME_AVAILABLE, TimeAvailableEnum, type TimeAvailable } from './recommendation.model.js';

const CODE_MAX = 80;
const LIST_MAX = 20;
export const RECOMMENDATIONS_MAX = 20;
export const RECOMMENDATIONS_DEFAULT = 10;

const CodeRule = () => applyDecorators(IsOptional(), IsString(), MaxLength(CODE_MAX));
const CodeListRule = () =>
  applyDecorators(IsOptional(), IsArray(), ArrayMaxSize(LIST_MAX), ArrayUnique(), IsString({ each: true }), MaxLength(CODE_MAX, { each: true }));

/** A need profile; every answer may be skipped. Unknown codes are refused by the service against the vocabulary. */
@InputType()
export class RecommendInstrumentsInput {
  @Field({ nullable: true, description: 'A phase code.' })
  @CodeRule()
  phase?: string;

  @Field(() => [String], { nullable: true, description: 'What you want to do: tag or instrument type codes.' })
  @CodeListRule()
  goals?: string[];

  @Field({ nullable: true, description: 'A sector code.' })
  @CodeRule()
  sector?: string;

  @Field(() => [String], { nullable: true, description: 'Who takes part: audience codes.' })
  @CodeListRule()
  audiences?: string[];

  @Field(() => TimeAvailableEnum, { nullable: true })
  @IsOptional()
  @IsIn(TIME_AVAILABLE)
  timeAvailable?: TimeAvailable;

  @Field(() => Int, { nullable: true, defaultValue: RECOMMENDATIONS_DEFAULT })
  @IsOptional()
  @IsInt()
  @Min(1, { message: `first must be between 1 and ${RECOMMENDATIONS_MAX}` })
  @Max(RECOMMENDATIONS_MAX, { message: `first must be between 1 and ${RECOMMENDATIONS_MAX}` })
  first: number = RECOMMENDATIONS_DEFAULT;
}
