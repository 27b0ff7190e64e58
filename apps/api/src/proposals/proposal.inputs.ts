import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import {
  ENTRY_STATUSES,
  PAGINATION,
  PROPOSAL_LIMITS as P,
  PROPOSAL_STATUSES,
  type ProposalStatus,
  type PrototypeStatus,
} from '#domain';
import { PrototypeStatusEnum } from '../catalogue/catalogue.enums.js';
import { InstrumentFieldsInput } from '../catalogue/curation.inputs.js';
import { ProposalStatusEnum } from './proposal.model.js';
import { DerivedFromField } from '../lineage/derived-from.input.js';

const idField = { message: 'id must be a proposal id' };

@InputType({ description: 'The instrument fields a proposer can know, plus why it belongs in the catalogue.' })
export class SubmitProposalInput extends InstrumentFieldsInput {
  @Field()
  @IsString()
  @Length(P.motivation.min, P.motivation.max, {
    message: `motivation must be ${P.motivation.min} to ${P.motivation.max} characters`,
  })
  motivation: string;
}

@InputType()
export class UpdateProposalInput extends InstrumentFieldsInput {
  @Field(() => ID)
  @IsUUID('all', idField)
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(P.motivation.min, P.motivation.max, {
    message: `motivation must be ${P.motivation.min} to ${P.motivation.max} characters`,
  })
  motivation?: string;
}

@InputType()
export class ProposalRefInput {
  @Field(() => ID)
  @IsUUID('all', idField)
  id: string;
}

@InputType()
export class ProposalDecisionInput extends ProposalRefInput {
  @Field({ description: 'Shown to the proposer.' })
  @IsString()
  @Length(P.reason.min, P.reason.max, { message: `reason must be ${P.reason.min} to ${P.reason.max} characters` })
  reason: string;
}

@InputType({ description: 'Corrections to a proposal while accepting it; only what is given changes.' })
export class ProposalEditsInput extends InstrumentFieldsInput {}

@InputType()
export class AcceptProposalInput extends ProposalRefInput {
  @Field(() => PrototypeStatusEnum, { description: 'IDEA for a new design, AVAILABLE for an existing instrument.' })
  @IsIn(ENTRY_STATUSES, { message: `status must be one of ${ENTRY_STATUSES.join(', ')}` })
  status: PrototypeStatus;

  @Field(() => ProposalEditsInput, { nullable: true, description: 'Corrections the curator makes while accepting.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalEditsInput)
  edits?: ProposalEditsInput;

  @Field({ nullable: true, description: 'Made from the title when left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  slug?: string;

  @DerivedFromField()
  derivedFromId?: string | null;
}

@ArgsType()
export class ProposalsArgs {
  @Field(() => ProposalStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;

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

@ArgsType()
export class SimilarInstrumentsArgs {
  @Field()
  @IsString()
  @MaxLength(2000)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  summary?: string;
}
