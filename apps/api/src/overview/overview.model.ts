import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { PrototypeStatus } from '#domain';
import { PrototypeStatusEnum } from '../catalogue/catalogue.enums.js';

@ObjectType()
export class TermCount {
  @Field()
  code: string;

  @Field()
  labelNl: string;

  @Field()
  labelEn: string;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class StatusCount {
  @Field(() => PrototypeStatusEnum)
  status: PrototypeStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'One phase: its instruments per status. The cells sum to `phase.count`.' })
export class PhaseStatusRow {
  @Field(() => TermCount)
  phase: TermCount;

  @Field(() => [StatusCount], { description: 'Every status, in lifecycle order, zeros included.' })
  cells: StatusCount[];
}

@ObjectType({ description: 'One phase: its instruments, and how many have been tried in practice (pilots, practice reports).' })
export class PhasePracticeRow {
  @Field(() => TermCount, { description: 'The phase, with the number of instruments in it.' })
  phase: TermCount;

  @Field(() => Int, { description: 'Pilots of instruments in this phase.' })
  pilots: number;

  @Field(() => Int, { description: 'Instruments in this phase with at least one pilot.' })
  instrumentsPiloted: number;

  @Field(() => Int, { description: 'Published practice reports about this phase (the phase they were used in).' })
  practiceReports: number;

  @Field(() => Int, { description: 'Instruments in this phase with a published practice report.' })
  instrumentsWithPractice: number;
}

@ObjectType({
  description:
    'Where instruments are and where they are missing. An instrument with several phases (audiences, sectors) counts once in each; types, statuses and evidence levels sum to totalInstruments.',
})
export class Overview {
  @Field(() => Int)
  totalInstruments: number;

  @Field(() => [PhaseStatusRow])
  phaseStatusMatrix: PhaseStatusRow[];

  @Field(() => [TermCount])
  byPhase: TermCount[];

  @Field(() => [TermCount])
  byStatus: TermCount[];

  @Field(() => [TermCount])
  byEvidence: TermCount[];

  @Field(() => [TermCount])
  byType: TermCount[];

  @Field(() => [TermCount])
  byAudience: TermCount[];

  @Field(() => [TermCount])
  bySector: TermCount[];
}
