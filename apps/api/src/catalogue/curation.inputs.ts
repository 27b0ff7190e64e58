import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
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
} from 'class-validator';
import {
  EVIDENCE_ASSESSMENT_LIMITS,
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
import { DerivedFromField } from '../lineage/derived-from.input.js';
import { EmailRules, LinksRules, TermRules, TermSetRules, TextRules, lengthMessage } from './instrument-field.validators.js';

/** An optional reference to the successor of a retired instrument. */
function ReplacedByRules(): PropertyDecorator {
  return applyDecorators(IsOptional(), IsUUID('all', { message: 'replacedById must be an instrument id' }));
}

@InputType()
export class InstrumentLinkInput {
  @Field()
  @IsString()
  @Length(L.linkLabel.min, L.linkLabel.max, lengthMessage('label', L.linkLabel.min, L.linkLabel.max))
  label: string;

  @Field()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' })
  @MaxLength(L.linkUrl.max)
  url: string;
}

/** The descriptive fields (INSTRUMENT_FIELDS); every one optional here, so that update can send only what changed. */
@InputType({ isAbstract: true })
export class InstrumentFieldsInput {
  @Field({ nullable: true })
  @TextRules('title')
  title?: string;

  @Field({ nullable: true })
  @TextRules('summary')
  summary?: string;

  @Field({ nullable: true, description: 'Markdown.' })
  @TextRules('description')
  description?: string;

  @Field(() => [String], { nullable: true })
  @TermSetRules('phases')
  phases?: string[];

  @Field({ nullable: true, description: 'Code of the instrument type.' })
  @TermRules()
  type?: string;

  @Field(() => [String], { nullable: true })
  @TermSetRules('audiences')
  audiences?: string[];

  @Field(() => [String], { nullable: true })
  @TermSetRules('sectors')
  sectors?: string[];

  @Field(() => [String], { nullable: true })
  @TermSetRules('tags')
  tags?: string[];

  @Field(() => OriginEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORIGINS)
  origin?: Origin;

  @Field(() => String, { nullable: true })
  @TextRules('ownerOrganisation')
  ownerOrganisation?: string | null;

  @Field(() => String, { nullable: true })
  @TextRules('contactName')
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @EmailRules('contactEmail')
  contactEmail?: string | null;

  @Field(() => [InstrumentLinkInput], { nullable: true })
  @LinksRules('links', () => InstrumentLinkInput)
  links?: InstrumentLinkInput[];

  @Field({ nullable: true, description: 'nl or en.' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: string;

  @Field(() => String, { nullable: true })
  @TextRules('licence')
  licence?: string | null;

  @Field(() => String, { nullable: true })
  @TextRules('timeNeeded')
  timeNeeded?: string | null;
}

@InputType()
export class CreateInstrumentInput extends InstrumentFieldsInput {
  @Field({ nullable: true, description: 'Made from the title when left out.' })
  @IsOptional()
  @Matches(L.slug.pattern, { message: 'slug must be lower-case letters and digits separated by single hyphens' })
  @Length(L.slug.min, L.slug.max, lengthMessage('slug', L.slug.min, L.slug.max))
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

  @Field(() => String, { nullable: true, description: 'Why this evidence level: required when it is not NOT_ASSESSED.' })
  @IsOptional()
  @IsString()
  @MaxLength(EVIDENCE_ASSESSMENT_LIMITS.reason.max)
  evidenceReason?: string | null;

  @DerivedFromField()
  derivedFromId?: string | null;
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

  @DerivedFromField()
  derivedFromId?: string | null;
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

  @Field(() => ID, {
    nullable: true,
    description: 'Only with status RETIRED: the instrument that replaces this one ("vervangen door"); it must exist, not be this one and not be retired.',
  })
  @ReplacedByRules()
  replacedById?: string | null;
}

@InputType()
export class RetireInstrumentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an instrument id' })
  id: string;

  @Field({ description: 'Why the instrument is no longer recommended.' })
  @IsString()
  @Length(1, L.statusNote.max, lengthMessage('note', 1, L.statusNote.max))
  note: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The instrument that replaces this one ("vervangen door"); it must exist, not be this one and not be retired.',
  })
  @ReplacedByRules()
  replacedById?: string | null;
}
