import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { FILE_LIMITS as L } from '#domain';

const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

@InputType()
export class RetireFileEditionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a file edition id' })
  id: string;
}

@InputType()
export class RestoreFileEditionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a file edition id' })
  id: string;
}

@InputType()
export class RenameInstrumentFileInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an instrument file id' })
  id: string;

  @Field({ description: `E.g. "Canvas (A3)"; ${L.title.min} to ${L.title.max} characters.` })
  @trimmed
  @IsString()
  @Length(L.title.min, L.title.max, { message: `title must be ${L.title.min} to ${L.title.max} characters` })
  title: string;
}

@InputType()
export class MoveInstrumentFileInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an instrument file id' })
  id: string;

  @Field(() => Int, { description: 'The new place among the instrument’s files, from 0; past the end means last.' })
  @IsInt()
  @Min(L.position.min)
  @Max(L.position.max)
  position: number;
}

@InputType()
export class RemoveProposalAttachmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an attachment id' })
  id: string;
}
