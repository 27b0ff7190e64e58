import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FOLLOW_FREQUENCIES, FOLLOW_KINDS, type FollowFrequency, type FollowKind } from '#domain';
import { Instrument } from '../catalogue/instrument.model.js';
import { Collection } from '../collections/collection.model.js';
import { PageInfo } from '../graphql/page-info.model.js';
import { VocabularyTerm } from '../vocabularies/vocabulary-term.model.js';

export const FollowKindEnum = Object.fromEntries(FOLLOW_KINDS.map((k) => [k, k])) as Record<FollowKind, FollowKind>;
registerEnumType(FollowKindEnum, { name: 'FollowKind', description: 'What a follow is about: an instrument, a phase, or a starter kit.' });

export const FollowFrequencyEnum = Object.fromEntries(FOLLOW_FREQUENCIES.map((f) => [f, f])) as Record<FollowFrequency, FollowFrequency>;
registerEnumType(FollowFrequencyEnum, {
  name: 'FollowFrequency',
  description: 'IMMEDIATE: a mail per event (default); WEEKLY: one digest a week; OFF: no mails, the follows stay.',
});

@ObjectType({ description: 'Something the signed-in member follows; they hear when it changes.' })
export class Follow {
  @Field(() => ID)
  id: string;

  @Field(() => FollowKindEnum)
  kind: FollowKind;

  instrumentId: string | null;
  phaseCode: string | null;
  collectionId: string | null;

  @Field(() => Instrument, { nullable: true, description: 'For kind INSTRUMENT.' })
  instrument?: Instrument | null;

  @Field(() => VocabularyTerm, { nullable: true, description: 'For kind PHASE: a term of the phase vocabulary.' })
  phase?: VocabularyTerm | null;

  @Field(() => Collection, { nullable: true, description: 'For kind COLLECTION; null when the kit is a draft again (for non-curators).' })
  collection?: Collection | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class FollowEdge {
  @Field()
  cursor: string;

  @Field(() => Follow)
  node: Follow;
}

@ObjectType()
export class FollowConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [FollowEdge])
  edges: FollowEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType()
export class FollowSettings {
  @Field(() => FollowFrequencyEnum)
  frequency: FollowFrequency;
}

@ObjectType({ description: 'What an unsubscribe link ends (or ended).' })
export class UnsubscribePreview {
  @Field({ description: '"follow": one follow; "all": every follow mail (the member\'s frequency becomes OFF).' })
  kind: string;

  @Field({ description: 'For "follow": the instrument\'s, phase\'s or kit\'s name; for "all": the account\'s e-mail address, masked.' })
  label: string;
}
