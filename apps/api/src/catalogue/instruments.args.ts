import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  EVIDENCE_LEVELS,
  ORIGINS,
  PAGINATION,
  PROTOTYPE_STATUSES,
  type EvidenceLevel,
  type Origin,
  type PrototypeStatus,
} from '#domain';
import {
  EvidenceLevelEnum,
  INSTRUMENT_SORTS,
  InstrumentSortEnum,
  OriginEnum,
  PrototypeStatusEnum,
  type InstrumentSort,
} from './catalogue.enums.js';

const MAX_VALUES = 50;
const MAX_CODE = 80;
const codes = { each: true, message: 'each code must be a string of at most 80 characters' } as const;

@InputType({
  description:
    'OR within one facet, AND across facets. An empty or missing list does not filter. A code that names no term (an old link to a removed term) is left out: it filters nothing, and the facets answer it as not selected.',
})
export class InstrumentFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_VALUES) @IsString(codes) @MaxLength(MAX_CODE, codes)
  phases?: string[];

  @Field(() => [PrototypeStatusEnum], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_VALUES) @IsIn(PROTOTYPE_STATUSES, { each: true })
  statuses?: PrototypeStatus[];

  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_VALUES) @IsString(codes) @MaxLength(MAX_CODE, codes)
  types?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_VALUES) @IsString(codes) @MaxLength(MAX_CODE, codes)
  audiences?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_VALUES) @IsString(codes) @MaxLength(MAX_CODE, codes)
  sectors?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_VALUES) @IsString(codes) @MaxLength(MAX_CODE, codes)
  tags?: string[];

  @Field(() => [EvidenceLevelEnum], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_VALUES) @IsIn(EVIDENCE_LEVELS, { each: true })
  evidenceLevels?: EvidenceLevel[];

  @Field(() => [OriginEnum], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_VALUES) @IsIn(ORIGINS, { each: true })
  origins?: Origin[];

  @Field(() => Float, { nullable: true, description: 'Only instruments whose mean rating is at least this (1–5).' })
  @IsOptional()
  @IsNumber({}, { message: 'minRating must be a number from 1 to 5' })
  @Min(1, { message: 'minRating must be a number from 1 to 5' })
  @Max(5, { message: 'minRating must be a number from 1 to 5' })
  minRating?: number;

  @Field(() => Boolean, { nullable: true, description: 'Only instruments with at least one published practice report ("met praktijkvoorbeeld").' })
  @IsOptional()
  @IsBoolean()
  withPracticeReports?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The catalogue leaves RETIRED instruments out (list, counts and facets) unless this is true or `statuses` names RETIRED.',
  })
  @IsOptional() @IsBoolean()
  includeRetired?: boolean;
}

@ArgsType()
export class InstrumentFacetsArgs {
  @Field(() => InstrumentFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => InstrumentFilter)
  filter?: InstrumentFilter;

  @Field(() => String, {
    nullable: true,
    description:
      'Plain text, as a person types it: Dutch stemming, accents and stop words ignored, vocabulary labels (Dutch and English), synonyms, compounds and typos understood. Any input is accepted.',
  })
  @IsOptional() @IsString()
  search?: string;
}

@ArgsType()
export class InstrumentsArgs extends InstrumentFacetsArgs {
  @Field(() => InstrumentSortEnum, { nullable: true })
  @IsOptional() @IsIn(INSTRUMENT_SORTS)
  sort?: InstrumentSort;

  @Field(() => Int, { nullable: true, defaultValue: PAGINATION.defaultPageSize, description: 'At most 100.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: `first must be between 1 and ${PAGINATION.maxPageSize}` })
  @Max(PAGINATION.maxPageSize, { message: `first must be between 1 and ${PAGINATION.maxPageSize}` })
  first: number = PAGINATION.defaultPageSize;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional() @IsString() @MaxLength(1000)
  after?: string;
}
