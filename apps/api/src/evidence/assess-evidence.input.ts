import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, IsUrl, Length, MaxLength, ValidateNested } from 'class-validator';
import {
  EVIDENCE_ASSESSMENT_LIMITS as E,
  EVIDENCE_LEVELS,
  EVIDENCE_SOURCE_KINDS,
  INSTRUMENT_LIMITS as L,
  type EvidenceLevel,
  type EvidenceSourceKind,
} from '#domain';
import { EvidenceLevelEnum } from '../catalogue/catalogue.enums.js';
import { lengthMessage } from '../catalogue/instrument-field.validators.js';
import { EvidenceSourceKindEnum } from './evidence-assessment.model.js';

/** One cited source: a LINK gives label and url, a PRACTICE_REPORT its id, a PILOT its id (and nothing else). */
@InputType()
export class EvidenceSourceInput {
  @Field(() => EvidenceSourceKindEnum)
  @IsIn(EVIDENCE_SOURCE_KINDS)
  kind: EvidenceSourceKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' })
  @MaxLength(L.linkUrl.max)
  url?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(L.linkLabel.min, L.linkLabel.max, lengthMessage('label', L.linkLabel.min, L.linkLabel.max))
  label?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'practiceReportId must be a practice report id' })
  practiceReportId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'pilotId must be a pilot id' })
  pilotId?: string | null;
}

@InputType({ description: 'A new assessment of an instrument\'s evidence level: the level, why, and optionally what it rests on.' })
export class AssessEvidenceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'instrumentId must be an instrument id' })
  instrumentId: string;

  @Field(() => EvidenceLevelEnum)
  @IsIn(EVIDENCE_LEVELS)
  evidenceLevel: EvidenceLevel;

  @Field({ description: 'Why this level: required.' })
  @IsString()
  @Length(E.reason.min, E.reason.max, lengthMessage('reason', E.reason.min, E.reason.max))
  reason: string;

  @Field(() => [EvidenceSourceInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(E.sources.max)
  @ValidateNested({ each: true })
  @Type(() => EvidenceSourceInput)
  sources?: EvidenceSourceInput[] | null;
}
