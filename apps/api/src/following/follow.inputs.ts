import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { FOLLOW_FREQUENCIES, PAGINATION, type FollowFrequency } from '#domain';
import { FollowFrequencyEnum } from './follow.model.js';

const pageSize = `first must be between 1 and ${PAGINATION.maxPageSize}`;

@ArgsType()
export class FollowsArgs {
  @Field(() => Int, { nullable: true, defaultValue: PAGINATION.defaultPageSize })
  @IsOptional()
  @IsInt()
  @Min(1, { message: pageSize })
  @Max(PAGINATION.maxPageSize, { message: pageSize })
  first: number = PAGINATION.defaultPageSize;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@InputType({ description: 'Exactly one of the three: what to follow.' })
export class FollowInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'instrumentId must be an id' })
  instrumentId?: string | null;

  @Field(() => String, { nullable: true, description: 'A code of the phase vocabulary, e.g. EVALUATE.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  phaseCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'A published starter kit.' })
  @IsOptional()
  @IsUUID('all', { message: 'collectionId must be an id' })
  collectionId?: string | null;
}

@InputType()
export class UnfollowInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be the id of a follow' })
  id: string;
}

@InputType()
export class UpdateFollowSettingsInput {
  @Field(() => FollowFrequencyEnum)
  @IsIn(FOLLOW_FREQUENCIES)
  frequency: FollowFrequency;
}

@InputType()
export class UnsubscribeInput {
  @Field({ description: 'The token of an unsubscribe link.' })
  @IsString()
  @MaxLength(1000)
  token: string;
}
