import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Instrument } from '../catalogue/instrument.model.js';

export const TIME_AVAILABLE = ['UP_TO_1_HOUR', 'HALF_DAY', 'MORE'] as const;
export type TimeAvailable = (typeof TIME_AVAILABLE)[number];
export const TimeAvailableEnum = Object.fromEntries(TIME_AVAILABLE.map((t) => [t, t])) as Record<TimeAvailable, TimeAvailable>;
registerEnumType(TimeAvailableEnum, {
  name: 'TimeAvailable',
  description: 'The time a group has for an instrument: up to an hour, up to half a day (4 hours), or more.',
});

export const REASON_KINDS = ['PHASE', 'GOAL', 'SECTOR', 'AUDIENCE', 'TIME', 'USABLE'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];
export const ReasonKindEnum = Object.fromEntries(REASON_KINDS.map((k) => [k, k])) as Record<ReasonKind, ReasonKind>;
registerEnumType(ReasonKindEnum, { name: 'RecommendationReasonKind', description: 'Which answer of the finder an instrument matched.' });

@ObjectType({ description: 'One answer an instrument matched, with the matched term.' })
export class RecommendationReason {
  @Field(() => ReasonKindEnum)
  kind: ReasonKind;

  @Field({ description: 'The vocabulary code; for TIME the instrument\'s time needed; for USABLE its status.' })
  code: string;

  @Field()
  labelNl: string;

  @Field()
  labelEn: string;
}

@ObjectType({ description: 'An instrument the guided finder recommends, with why.' })
export class Recommendation {
  instrumentId: string;

  @Field(() => Instrument)
  instrument?: Instrument;

  @Field(() => Float, { description: 'Points for the matched answers (see README, Guided finder).' })
  score: number;

  @Field(() => [RecommendationReason])
  reasons: RecommendationReason[];
}
