import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  EVIDENCE_LEVELS,
  INSTRUMENT_LIMITS as L,
  LANGUAGES,
  ORIGINS,
  PROTOTYPE_STATUSES,
  type EvidenceLevel,
  type Origin,
  type PrototypeStatus,
} from '#domain';
import { EvidenceLevelEnum, OriginEnum, PrototypeStatusEnum } from './catalogue.enums.js';

const codes = { each: true, message: 'each code must be a string of at most 80 characters' } as const;
const length = (name: string, min: number, max: number) => ({
  message: `${name} must be ${min} to ${max} characters`,
});

@InputType()
export class InstrumentLinkInput {
  @Field()
  @IsString()
  @Length(L.linkLabel.min, L.linkLabel.max, length('label', L.linkLabel.min, L.linkLabel.max))
  label: string;

  @Field()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' })
  @MaxLength(L.linkUrl.max)
  url: string;
}

/** The editable fields; every one optional here, so that update can send only what changed. */
@InputType({ isAbstract: true })
export class InstrumentFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(L.title.min, L.title.max, length('title', L.title.min, L.title.max))
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(L.summary.min, L.summary.max, length('summary', L.summary.min, L.summary.max))
  summary?: string;

  @Field({ nullable: true, description: 'Markdown.' })
  @IsOptional()
  @IsString()
  @MaxLength(L.description.max)
  description?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(L.phases.min, { message: 'an instrument needs at least one phase' })
  @ArrayMaxSize(L.phases.max)
  @IsString(codes)
  @MaxLength(80, codes)
  phases?: string[];

  @Field({ nullable: true, description: 'Code of the instrument type.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  type?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(L.terms.max) @IsString(codes) @MaxLength(80, codes)
  audiences?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(L.terms.max) @IsString(codes) @MaxLength(80, codes)
  sectors?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(L.terms.max) @IsString(codes) @MaxLength(80, codes)
  tags?: string[];

  @Field(() => OriginEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORIGINS)
  origin?: Origin;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(L.ownerOrganisation.max)
  ownerOrganisation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(L.contactName.max)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an e-mail address' })
  @MaxLength(L.contactEmail.max)
  contactEmail?: string | null;

  @Field(() => [InstrumentLinkInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.links.max)
  @ValidateNested({ each: true })
  @Type(() => InstrumentLinkInput)
  links?: InstrumentLinkInput[];

  @Field({ nullable: true, description: 'nl or en.' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(L.licence.max)
  licence?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(L.timeNeeded.max)
  timeNeeded?: string | null;
}

@InputType()
export class CreateInstrumentInput extends InstrumentFieldsInput {
  @Field({ nullable: true, description: 'Made from the title when left out.' })
  @IsOptional()
  @Matches(L.slug.pattern, { message: 'slug must be lower-case letters and digits separated by single hyphens' })
  @Length(L.slug.min, L.slug.max, length('slug', L.slug.min, L.slug.max))
  slug?: string;

  @Field(() => PrototypeStatusEnum, {
    nullable: true,
    defaultValue: 'IDEA',
    description: 'IDEA for a new design, AVAILABLE for an existing instrument found during inventory.',
  })
  @IsOptional()
  @IsIn(PROTOTYPE_STATUSES)
  status: PrototypeStatus = 'IDEA';

  @Field(() => EvidenceLevelEnum, { nullable: true, defaultValue: 'NOT_ASSESSED' })
  @IsOptional()
  @IsIn(EVIDENCE_LEVELS)
  evidenceLevel: EvidenceLevel = 'NOT_ASSESSED';
}

@InputType()
export class UpdateInstrumentInput extends InstrumentFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an instrument id' })
  id: string;

  @Field(() => Int, { description: 'The version the editor started from; a newer one gives CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class ChangeInstrumentStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an instrument id' })
  id: string;

  @Field(() => PrototypeStatusEnum)
  @IsIn(PROTOTYPE_STATUSES)
  status: PrototypeStatus;

  @Field(() => String, { nullable: true, description: 'Required for a step back or retirement.' })
  @IsOptional()
  @IsString()
  @MaxLength(L.statusNote.max)
  note?: string | null;
}

@InputType()
export class RetireInstrumentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an instrument id' })
  id: string;

  @Field({ description: 'Why the instrument is no longer recommended.' })
  @IsString()
  @Length(1, L.statusNote.max, length('note', 1, L.statusNote.max))
  note: string;
}

@InputType()
export class SetInstrumentEvidenceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an instrument id' })
  id: string;

  @Field(() => EvidenceLevelEnum)
  @IsIn(EVIDENCE_LEVELS)
  evidenceLevel: EvidenceLevel;
}
