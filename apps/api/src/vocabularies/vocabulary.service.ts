import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  EVIDENCE_LEVELS,
  EVIDENCE_LEVEL_LABELS,
  ORIGINS,
  ORIGIN_LABELS,
  PROTOTYPE_STATUSES,
  PROTOTYPE_STATUS_LABELS,
  type Labels,
  type ReferenceVocabulary,
} from '#domain';
import type { VocabularyTerm } from './vocabulary-term.model.js';
import { VocabularyQueries } from './vocabulary.queries.js';

export interface StoredTerm extends VocabularyTerm {
  id: number;
}

/** All reference vocabularies at one moment, with lookups by id and by code. */
export class VocabularySnapshot {
  private readonly byId = new Map<string, StoredTerm>();
  private readonly byCode = new Map<string, StoredTerm>();

  constructor(readonly terms: Record<ReferenceVocabulary, StoredTerm[]>) {
    for (const [vocabulary, list] of Object.entries(terms)) {
      for (const term of list) {
        this.byId.set(`${vocabulary}:${term.id}`, term);
        this.byCode.set(`${vocabulary}:${term.code}`, term);
      }
    }
  }

  termById(vocabulary: ReferenceVocabulary, id: number): StoredTerm | undefined {
    return this.byId.get(`${vocabulary}:${id}`);
  }

  termByCode(vocabulary: ReferenceVocabulary, code: string): StoredTerm | undefined {
    return this.byCode.get(`${vocabulary}:${code}`);
  }
}

export function fixedTerms<T extends string>(codes: readonly T[], labels: Record<T, Labels>): VocabularyTerm[] {
  return codes.map((code, index) => ({
    code,
    labelNl: labels[code].nl,
    labelEn: labels[code].en,
    position: index + 1,
    hidden: false,
  }));
}

export const STATUS_TERMS = fixedTerms(PROTOTYPE_STATUSES, PROTOTYPE_STATUS_LABELS);
export const EVIDENCE_TERMS = fixedTerms(EVIDENCE_LEVELS, EVIDENCE_LEVEL_LABELS);
export const ORIGIN_TERMS = fixedTerms(ORIGINS, ORIGIN_LABELS);

@Injectable()
export class VocabularyService {
  constructor(private readonly queries: VocabularyQueries) {}

  /** One statement for all reference vocabularies; callers keep it for one request. `em` sees a transaction's own terms. */
  async snapshot(em?: EntityManager): Promise<VocabularySnapshot> {
    const rows = await this.queries.allTerms(em);
    const terms: Record<ReferenceVocabulary, StoredTerm[]> = { phase: [], type: [], audience: [], sector: [], tag: [] };
    for (const row of rows) {
      terms[row.vocabulary].push({
        id: row.id,
        code: row.code,
        labelNl: row.label_nl,
        labelEn: row.label_en,
        position: row.position,
        hidden: row.hidden,
      });
    }
    return new VocabularySnapshot(terms);
  }
}
