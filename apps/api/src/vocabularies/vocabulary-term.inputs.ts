import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { REFERENCE_VOCABULARIES, VOCABULARY_LIMITS as V, type ReferenceVocabulary } from '#domain';

const NAMES = REFERENCE_VOCABULARIES.map((v) => v.toUpperCase() as Uppercase<ReferenceVocabulary>);
export type VocabularyName = (typeof NAMES)[number];
export const VocabularyNameEnum = Object.fromEntries(NAMES.map((n) => [n, n])) as Record<VocabularyName, VocabularyName>;
registerEnumType(VocabularyNameEnum, { name: 'VocabularyName', description: 'The vocabularies curators maintain.' });

const label = (name: string) => ({ message: `${name} must be ${V.label.min} to ${V.label.max} characters` });

@InputType({ isAbstract: true })
class VocabularyTermRef {
  @Field(() => VocabularyNameEnum)
  @IsIn(NAMES)
  vocabulary: VocabularyName;

  @Field({ description: 'Stable code: letters and digits, joined by single _ or -. Never changes.' })
  @IsString()
  @Length(1, V.code.max)
  @Matches(V.code.pattern, { message: 'code must be letters and digits joined by single _ or -' })
  code: string;
}

@InputType()
export class CreateVocabularyTermInput extends VocabularyTermRef {
  @Field()
  @IsString()
  @Length(V.label.min, V.label.max, label('labelNl'))
  labelNl: string;

  @Field()
  @IsString()
  @Length(V.label.min, V.label.max, label('labelEn'))
  labelEn: string;
}

@InputType()
export class UpdateVocabularyTermInput extends VocabularyTermRef {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(V.label.min, V.label.max, label('labelNl'))
  labelNl?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(V.label.min, V.label.max, label('labelEn'))
  labelEn?: string;

  @Field({ nullable: true, description: 'Hidden values stay on instruments but are not offered for new use.' })
  @IsOptional()
  @IsBoolean()
  hidden?: boolean;
}

@InputType()
export class DeleteVocabularyTermInput extends VocabularyTermRef {}

@InputType()
export class ReorderVocabularyInput {
  @Field(() => VocabularyNameEnum)
  @IsIn(NAMES)
  vocabulary: VocabularyName;

  @Field(() => [String], { description: 'Every code of the vocabulary, in the new order.' })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  codes: string[];
}
