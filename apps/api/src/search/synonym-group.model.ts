import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Words that mean the same to a searcher (curators edit them in Beheer).' })
export class SynonymGroup {
  @Field(() => ID)
  id: string;

  @Field(() => [String], { description: 'Trimmed and lower-cased, in the order the curator gave them.' })
  words: string[];

  @Field()
  updatedAt: Date;
}
