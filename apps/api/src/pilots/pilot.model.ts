import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PILOT_STATES, type PilotState } from '#domain';

export const PilotStateEnum = Object.fromEntries(PILOT_STATES.map((s) => [s, s])) as Record<PilotState, PilotState>;
registerEnumType(PilotStateEnum, { name: 'PilotState', description: 'PLANNED, RUNNING or FINISHED.' });

@ObjectType({ description: 'What the pilot sites said, in numbers.' })
export class PilotFeedbackSummary {
  @Field(() => Int, { description: 'Feedback given.' })
  count: number;

  @Field(() => Int, { description: 'Feedback that would recommend the instrument.' })
  recommendCount: number;

  @Field(() => Float, { nullable: true, description: 'Mean usefulness (1–5); null without feedback.' })
  meanUsefulness: number | null;
}

/** A pilot row as the resolvers need it; members and feedback come through loaders. */
@ObjectType({ description: 'A pilot of a prototype in one learning community.' })
export class Pilot {
  @Field(() => ID)
  id: string;

  instrumentId: string;

  @Field({ description: 'The learning community it runs in.' })
  community: string;

  @Field({ description: 'Start date, YYYY-MM-DD.' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'End date, YYYY-MM-DD; null while open-ended.' })
  endsOn: string | null;

  @Field(() => PilotStateEnum)
  state: PilotState;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => PilotFeedbackSummary)
  feedbackSummary: PilotFeedbackSummary;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: 'The pilots of an instrument in numbers: per state, and their feedback together.' })
export class PilotsSummary {
  @Field(() => Int)
  pilots: number;

  @Field(() => Int)
  planned: number;

  @Field(() => Int)
  running: number;

  @Field(() => Int)
  finished: number;

  @Field(() => PilotFeedbackSummary)
  feedback: PilotFeedbackSummary;
}

@ObjectType({ description: 'A member invited to give feedback for a pilot site (curators only).' })
export class PilotMember {
  @Field(() => ID, { description: 'The account id.' })
  accountId: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field()
  invitedAt: Date;

  @Field({ description: 'Whether feedback was given for this member.' })
  hasGivenFeedback: boolean;
}

@ObjectType({ description: 'One pilot site’s feedback.' })
export class PilotFeedback {
  @Field(() => ID)
  id: string;

  pilotId: string;
  accountId: string;

  @Field({ description: 'Display name of the member it is from.' })
  member: string;

  @Field({ description: 'What worked.' })
  worked: string;

  @Field(() => String, { nullable: true, description: 'What to change.' })
  change: string | null;

  @Field({ description: 'Would they recommend it to other learning communities?' })
  recommend: boolean;

  @Field(() => Int, { description: 'Usefulness, 1 to 5.' })
  usefulness: number;

  @Field({ description: 'True when a curator entered it on the member’s behalf.' })
  onBehalf: boolean;

  @Field()
  createdAt: Date;
}
