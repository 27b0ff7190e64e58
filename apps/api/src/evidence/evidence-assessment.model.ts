import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EVIDENCE_SOURCE_KINDS, type EvidenceLevel, type EvidenceSourceKind } from '#domain';
import { EvidenceLevelEnum, enumObject } from '../catalogue/catalogue.enums.js';

export const EvidenceSourceKindEnum = enumObject(EVIDENCE_SOURCE_KINDS);
registerEnumType(EvidenceSourceKindEnum, { name: 'EvidenceSourceKind', description: 'What an evidence assessment cites.' });

@ObjectType({ description: 'A source an assessment cites: a link, a practice report or a pilot (by id).' })
export class EvidenceSource {
  @Field(() => EvidenceSourceKindEnum)
  kind: EvidenceSourceKind;

  @Field(() => String, { nullable: true, description: 'For a LINK.' })
  url: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A LINK's label; for a PRACTICE_REPORT or PILOT its community and period when it was cited, kept after it is deleted.",
  })
  label: string | null;

  @Field(() => ID, { nullable: true, description: 'For a PRACTICE_REPORT; null once the report is deleted.' })
  practiceReportId: string | null;

  @Field(() => ID, { nullable: true, description: 'For a PILOT; null once the pilot is deleted.' })
  pilotId: string | null;
}

@ObjectType({ description: 'One assessment of the evidence level ("beoordeling"): the level, why, who and when, and its sources.' })
export class EvidenceAssessment {
  @Field(() => ID)
  id: string;

  @Field(() => EvidenceLevelEnum)
  level: EvidenceLevel;

  @Field()
  reason: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who assessed it, by name at the time; null for a level taken over from the catalogue before assessments.',
  })
  assessedBy: string | null;

  @Field()
  assessedAt: Date;

  @Field(() => [EvidenceSource])
  sources: EvidenceSource[];
}
