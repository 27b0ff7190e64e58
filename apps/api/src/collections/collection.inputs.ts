import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { COLLECTION_LIMITS as L } from './collection.limits.js';

const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const titleLength = Length(L.title.min, L.title.max, { message: `title must be ${L.title.min} to ${L.title.max} characters` });
const introductionLength = MaxLength(L.introduction.max, { message: `introduction must be at most ${L.introduction.max} characters` });

/** What create and update share. */
@InputType({ isAbstract: true })
class CollectionTextInput {
  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @trimmed
  @IsOptional()
  @IsString()
  @introductionLength
  introduction?: string | null;
}

@InputType()
export class CreateCollectionInput extends CollectionTextInput {
  @Field()
  @trimmed
  @IsString()
  @titleLength
  title: string;

  @Field(() => String, { nullable: true, description: 'Made from the title when left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(L.slug.max)
  @Matches(L.slug.pattern, { message: 'slug must be lowercase letters and digits with single hyphens' })
  slug?: string | null;
}

@InputType({ description: 'Only what is given changes.' })
export class UpdateCollectionInput extends CollectionTextInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field({ nullable: true })
  @trimmed
  @IsOptional()
  @IsString()
  @titleLength
  title?: string;
}

@InputType()
export class CollectionItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'instrumentId must be an id' })
  instrumentId: string;

  @Field({ defaultValue: '' })
  @trimmed
  @IsString()
  @MaxLength(L.why.max, { message: `why must be at most ${L.why.max} characters` })
  why: string = '';
}

@InputType({ description: 'The whole ordered list of steps; replaces the kit\'s steps in one transaction.' })
export class SetCollectionItemsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field(() => [CollectionItemInput])
  @IsArray()
  @ArrayMaxSize(L.items.max, { message: `a starter kit has at most ${L.items.max} instruments` })
  @ValidateNested({ each: true })
  @Type(() => CollectionItemInput)
  items: CollectionItemInput[];
}

@InputType()
export class CollectionRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id: string;
}
