import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Instrument } from '../catalogue/instrument.model.js';
import { COLLECTION_STATUSES, type CollectionStatus } from './collection.limits.js';

export const CollectionStatusEnum = Object.fromEntries(COLLECTION_STATUSES.map((s) => [s, s])) as Record<CollectionStatus, CollectionStatus>;
registerEnumType(CollectionStatusEnum, { name: 'CollectionStatus', description: 'DRAFT (curators only) → PUBLISHED (everyone).' });

@ObjectType({ description: 'One step of a starter kit: an instrument and why it is in the kit.' })
export class CollectionItem {
  @Field(() => Int, { description: 'From 1.' })
  step: number;

  instrumentId: string;

  @Field(() => Instrument, { nullable: true, description: 'Null when the instrument is not visible to the viewer.' })
  instrument?: Instrument | null;

  @Field({ description: 'Why this instrument is in the kit; plain text.' })
  why: string;
}

@ObjectType({ description: 'A starter kit (startpakket): an ordered list of instruments for a need, curated.' })
export class Collection {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown. Clients must sanitise it when rendering.' })
  introduction: string;

  @Field(() => CollectionStatusEnum)
  status: CollectionStatus;

  @Field()
  updatedAt: Date;
}
