import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  MONTH_PATTERN,
  PAGINATION,
  PARTNER_KINDS,
  PRACTICE_REPORT_LIMITS as L,
  PRACTICE_REPORT_STATUSES,
  type PartnerKind,
  type PracticeReportStatus,
} from '#domain';
import { PartnerKindEnum, PracticeReportStatusEnum } from './practice-report.model.js';

const CODE_MAX = 80;
const month = (name: string) => Matches(MONTH_PATTERN, { message: `${name} must be a month as YYYY-MM` });
/** Texts are stored trimmed, so their length is checked trimmed. */
const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const story = (name: string) => Length(L.story.min, L.story.max, { message: `${name} must be ${L.story.min} to ${L.story.max} characters` });
const idOf = (what: string) => ({ message: `${what} must be an id` });

/** Sector codes: one at least (unknown codes are refused by the service against the vocabulary). */
const SectorRules = () =>
  applyDecorators(
    IsArray(),
    ArrayMinSize(L.sectors.min, { message: 'a practice report needs at least one sector' }),
    ArrayMaxSize(L.sectors.max),
    ArrayUnique(),
    IsString({ each: true }),
    MaxLength(CODE_MAX, { each: true }),
  );
const PartnerKindRules = () =>
  applyDecorators(
    IsArray(),
    ArrayMinSize(L.partnerKinds.min, { message: 'a practice report needs at least one partner kind' }),
    ArrayUnique(),
    IsIn(PARTNER_KINDS, { each: true, message: `partnerKinds must be of ${PARTNER_KINDS.join(', ')}` }),
  );
const CodeRules = () => applyDecorators(IsString(), MaxLength(CODE_MAX));
/** What they did, what it yielded, what they would change: trimmed, then of the story's length. */
const StoryRules = (name: string) => applyDecorators(trimmed, IsString(), story(name));
const OptionalText = (name: string, max: number) =>
  applyDecorators(trimmed, IsOptional(), IsString(), MaxLength(max, { message: `${name} must be at most ${max} characters` }));

/** The fields an author writes; all optional here, what a new report needs is required in SubmitPracticeReportInput. */
@InputType({ isAbstract: true })
class PracticeReportFieldsInput {
  @Field(() => String, { nullable: true, description: 'The learning community; optional.' })
  @OptionalText('communityName', L.communityName.max)
  communityName?: string | null;

  @Field(() => String, { nullable: true, description: 'How to reach the author about it; optional.' })
  @OptionalText('contact', L.contact.max)
  contact?: string | null;
}

@InputType()
export class SubmitPracticeReportInput extends PracticeReportFieldsInput {
  @Field(() => ID)
  @IsUUID('all', idOf('instrumentId'))
  instrumentId: string;

  @Field(() => [String], { description: 'Sector codes.' })
  @SectorRules()
  sectors: string[];

  @Field(() => [PartnerKindEnum])
  @PartnerKindRules()
  partnerKinds: PartnerKind[];

  @Field({ description: 'The phase code it was used in.' })
  @CodeRules()
  phase: string;

  @Field({ description: 'First month, YYYY-MM.' })
  @month('periodFrom')
  periodFrom: string;

  @Field(() => String, { nullable: true, description: 'Last month, YYYY-MM; leave out while it runs.' })
  @IsOptional()
  @month('periodTo')
  periodTo?: string | null;

  @Field()
  @StoryRules('whatWeDid')
  whatWeDid: string;

  @Field()
  @StoryRules('whatItYielded')
  whatItYielded: string;

  @Field()
  @StoryRules('whatWeWouldChange')
  whatWeWouldChange: string;
}

@InputType({ description: 'Changes to your report until it is published; only what is given changes (null clears an optional field).' })
export class UpdatePracticeReportInput extends PracticeReportFieldsInput {
  @Field(() => ID)
  @IsUUID('all', idOf('id'))
  id: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @SectorRules()
  sectors?: string[];

  @Field(() => [PartnerKindEnum], { nullable: true })
  @IsOptional()
  @PartnerKindRules()
  partnerKinds?: PartnerKind[];

  @Field({ nullable: true })
  @IsOptional()
  @CodeRules()
  phase?: string;

  @Field({ nullable: true })
  @IsOptional()
  @month('periodFrom')
  periodFrom?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @month('periodTo')
  periodTo?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @StoryRules('whatWeDid')
  whatWeDid?: string;

  @Field({ nullable: true })
  @IsOptional()
  @StoryRules('whatItYielded')
  whatItYielded?: string;

  @Field({ nullable: true })
  @IsOptional()
  @StoryRules('whatWeWouldChange')
  whatWeWouldChange?: string;
}

@InputType()
export class PracticeReportRefInput {
  @Field(() => ID)
  @IsUUID('all', idOf('id'))
  id: string;
}

@InputType()
export class DeclinePracticeReportInput extends PracticeReportRefInput {
  @Field({ description: 'Shown to the author.' })
  @trimmed
  @IsString()
  @Length(L.reason.min, L.reason.max, { message: `reason must be ${L.reason.min} to ${L.reason.max} characters` })
  reason: string;
}

@InputType({ description: 'Published reports match every filter given; status other than PUBLISHED is for curators.' })
export class PracticeReportFilter {
  @Field({ nullable: true, description: 'A phase code.' })
  @IsOptional()
  @CodeRules()
  phase?: string;

  @Field({ nullable: true, description: 'A sector code.' })
  @IsOptional()
  @CodeRules()
  sector?: string;

  @Field(() => PartnerKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(PARTNER_KINDS)
  partnerKind?: PartnerKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', idOf('instrumentId'))
  instrumentId?: string;

  @Field(() => PracticeReportStatusEnum, { nullable: true, description: 'PUBLISHED when left out.' })
  @IsOptional()
  @IsIn(PRACTICE_REPORT_STATUSES)
  status?: PracticeReportStatus;
}

@ArgsType()
export class PracticeReportsArgs {
  @Field(() => PracticeReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PracticeReportFilter)
  filter?: PracticeReportFilter;

  @Field(() => Int, { nullable: true, defaultValue: PAGINATION.defaultPageSize })
  @IsOptional()
  @IsInt()
  @Min(1, { message: `first must be between 1 and ${PAGINATION.maxPageSize}` })
  @Max(PAGINATION.maxPageSize, { message: `first must be between 1 and ${PAGINATION.maxPageSize}` })
  first: number = PAGINATION.defaultPageSize;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}
