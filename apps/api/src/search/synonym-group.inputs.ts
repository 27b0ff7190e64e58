import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length } from 'class-validator';
import { SYNONYM_LIMITS as S } from '#domain';

const wordsMessage = `words must be ${S.words.min} to ${S.words.max} different words of ${S.word.min} to ${S.word.max} characters`;

/** Trimmed, lower-cased, whitespace collapsed, duplicates dropped: what a searcher's word is compared with. */
const normaliseWords = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [...new Set(value.map((w) => (typeof w === 'string' ? w.trim().replace(/\s+/g, ' ').toLowerCase() : w)))]
    : value;

@InputType({ isAbstract: true })
class SynonymWords {
  @Field(() => [String], { description: `${S.words.min} to ${S.words.max} words, each ${S.word.min} to ${S.word.max} characters; trimmed and lower-cased.` })
  @Transform(normaliseWords)
  @IsArray({ message: wordsMessage })
  @ArrayMinSize(S.words.min, { message: wordsMessage })
  @ArrayMaxSize(S.words.max, { message: wordsMessage })
  @IsString({ each: true, message: wordsMessage })
  @Length(S.word.min, S.word.max, { each: true, message: wordsMessage })
  words: string[];
}

@InputType()
export class CreateSynonymGroupInput extends SynonymWords {}

@InputType()
export class UpdateSynonymGroupInput extends SynonymWords {
  @Field(() => ID)
  @IsString()
  @Length(1, 20)
  id: string;
}

@InputType()
export class DeleteSynonymGroupInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 20)
  id: string;
}
