import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PAGINATION } from '#domain';
import { PageInfo } from '../graphql/page-info.model.js';

@ObjectType({ description: 'A mail the outbox gave up on after its bounded attempts; admins may retry it.' })
export class FailedMail {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The recipient, partly masked (j…@example.org).' })
  recipient: string;

  @Field()
  subject: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => Date)
  failedAt: Date;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType()
export class FailedMailEdge {
  @Field()
  cursor: string;

  @Field(() => FailedMail)
  node: FailedMail;
}

@ObjectType()
export class FailedMailConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [FailedMailEdge])
  edges: FailedMailEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ArgsType()
export class FailedMailsArgs {
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

@InputType()
export class RetryMailInput {
  @Field(() => ID)
  @IsString()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'id must be the id of a mail' })
  id: string;
}

@ObjectType()
export class RetryMailResult {
  @Field(() => ID)
  id: string;

  @Field({ description: 'True: the mail is due again now, with a fresh bound of attempts.' })
  queued: boolean;
}
