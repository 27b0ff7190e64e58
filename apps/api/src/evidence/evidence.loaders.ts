import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { EvidenceAssessment } from './evidence-assessment.model.js';
import { EvidenceQueries } from './evidence.queries.js';

export interface EvidenceLoaders {
  /** By instrument id: its assessments, newest first. */
  assessments: DataLoader<string, EvidenceAssessment[]>;
}

/** Per-request loaders: one statement for the assessments of a whole page of instruments. */
@Injectable()
export class EvidenceLoaderFactory {
  constructor(private readonly queries: EvidenceQueries) {}

  create(): EvidenceLoaders {
    return {
      assessments: new DataLoader(async (ids) => {
        const groups = new Map<string, EvidenceAssessment[]>(ids.map((id) => [id, []]));
        for (const { instrumentId, ...assessment } of await this.queries.assessments(ids)) groups.get(instrumentId)?.push(assessment);
        return ids.map((id) => groups.get(id)!);
      }),
    };
  }
}
