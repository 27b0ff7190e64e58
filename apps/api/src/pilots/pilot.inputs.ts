import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { ACCOUNT_LIMITS, isPilotDate, PILOT_LIMITS as P, PILOT_STATES, type PilotState } from '#domain';
import { PilotStateEnum } from './pilot.model.js';

/** The rules of the fields recordPilot and updatePilot share: one definition each. */
const IsCommunity = () =>
  applyDecorators(IsString(), Length(P.community.min, P.community.max, { message: `community must be ${P.community.min} to ${P.community.max} characters` }));
const IsPilotState = () => applyDecorators(IsOptional(), IsIn(PILOT_STATES));
const IsPilotNote = () => applyDecorators(IsOptional(), IsString(), MaxLength(P.note.max, { message: `note must be at most ${P.note.max} characters` }));

/** A date that exists, as YYYY-MM-DD. */
const IsPilotDate = (field: string) =>
  ValidateBy({ name: 'isPilotDate', validator: { validate: isPilotDate, defaultMessage: () => `${field} must be a date as YYYY-MM-DD` } });

@InputType()
export class RecordPilotInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'instrumentId must be an instrument id' })
  instrumentId: string;

  @Field({ description: 'The learning community it runs in.' })
  @IsCommunity()
  community: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @IsPilotDate('startsOn')
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, on or after startsOn.' })
  @IsOptional()
  @IsPilotDate('endsOn')
  endsOn?: string | null;

  @Field(() => PilotStateEnum, { nullable: true, defaultValue: 'PLANNED' })
  @IsPilotState()
  state?: PilotState;

  @Field(() => String, { nullable: true })
  @IsPilotNote()
  note?: string | null;
}

@InputType({ description: 'The fields to change; a field left out stays as it is, endsOn and note null clear them.' })
export class UpdatePilotInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a pilot id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCommunity()
  community?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsPilotDate('startsOn')
  startsOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPilotDate('endsOn')
  endsOn?: string | null;

  @Field(() => PilotStateEnum, { nullable: true })
  @IsPilotState()
  state?: PilotState;

  @Field(() => String, { nullable: true })
  @IsPilotNote()
  note?: string | null;
}

@InputType()
export class InvitePilotMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'pilotId must be a pilot id' })
  pilotId: string;

  @Field({ description: 'The e-mail address of an existing account.' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(ACCOUNT_LIMITS.email.max)
  email: string;
}

@InputType()
export class AddPilotFeedbackInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'pilotId must be a pilot id' })
  pilotId: string;

  @Field({ description: 'What worked.' })
  @IsString()
  @Length(P.worked.min, P.worked.max, { message: `worked must be ${P.worked.min} to ${P.worked.max} characters` })
  worked: string;

  @Field(() => String, { nullable: true, description: 'What to change.' })
  @IsOptional()
  @IsString()
  @MaxLength(P.change.max, { message: `change must be at most ${P.change.max} characters` })
  change?: string | null;

  @Field()
  @IsBoolean({ message: 'recommend must be true or false' })
  recommend: boolean;

  @Field(() => Int, { description: '1 to 5.' })
  @IsInt({ message: 'usefulness must be a whole number from 1 to 5' })
  @Min(P.usefulness.min, { message: 'usefulness must be a whole number from 1 to 5' })
  @Max(P.usefulness.max, { message: 'usefulness must be a whole number from 1 to 5' })
  usefulness: number;

  @Field(() => ID, { nullable: true, description: 'Curators: the invited member whose feedback this is. Left out: your own.' })
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be an account id' })
  memberId?: string | null;
}
