import { Injectable } from '@nestjs/common';
import { PROTOTYPE_STATUSES, type PrototypeStatus } from '#domain';
import { EVIDENCE_TERMS, STATUS_TERMS, type VocabularySnapshot } from '../vocabularies/vocabulary.service.js';
import type { VocabularyTerm } from '../vocabularies/vocabulary-term.model.js';
import type { Overview, PhasePracticeRow, TermCount } from './overview.model.js';
import { OverviewQueries, type CountRow, type PracticeRow } from './overview.queries.js';

@Injectable()
export class OverviewService {
  constructor(private readonly queries: OverviewQueries) {}

  /** Per phase, its instruments and how many were tried in practice: where instruments lack practice. */
  async practiceByPhase(vocabulary: VocabularySnapshot): Promise<PhasePracticeRow[]> {
    const rows = await this.queries.practicePerPhase();
    const counts = new Map(rows.map((r) => [`${r.kind}:${r.phase}`, r.count]));
    const count = (kind: PracticeRow['kind'], phase: string | number) => counts.get(`${kind}:${phase}`) ?? 0;
    return vocabulary.terms.phase
      .filter((t) => !t.hidden || count('phase', t.id) > 0)
      .map((phase) => ({
        phase: { code: phase.code, labelNl: phase.labelNl, labelEn: phase.labelEn, count: count('phase', phase.id) },
        pilots: count('pilots', phase.id),
        instrumentsPiloted: count('piloted', phase.id),
        practiceReports: count('reports', phase.code),
        instrumentsWithPractice: count('practised', phase.id),
      }));
  }

  async overview(vocabulary: VocabularySnapshot): Promise<Overview> {
    const rows = await this.queries.counts();
    const counts = new Map(rows.map((r) => [`${r.kind}:${r.a}:${r.b}`, r.count]));
    const count = (kind: CountRow['kind'], a: string | number | null = null, b: string | null = null) =>
      counts.get(`${kind}:${a}:${b}`) ?? 0;
    const withIds = (kind: CountRow['kind'], terms: (VocabularyTerm & { id: number })[]): TermCount[] =>
      terms
        .filter((t) => !t.hidden || count(kind, t.id) > 0)
        .map((t) => ({ code: t.code, labelNl: t.labelNl, labelEn: t.labelEn, count: count(kind, t.id) }));
    const byCode = (kind: CountRow['kind'], terms: VocabularyTerm[]): TermCount[] =>
      terms.map((t) => ({ code: t.code, labelNl: t.labelNl, labelEn: t.labelEn, count: count(kind, t.code) }));

    const phases = vocabulary.terms.phase.filter((t) => !t.hidden || count('phase', t.id) > 0);
    return {
      totalInstruments: count('total'),
      phaseStatusMatrix: phases.map((phase) => ({
        phase: { code: phase.code, labelNl: phase.labelNl, labelEn: phase.labelEn, count: count('phase', phase.id) },
        cells: PROTOTYPE_STATUSES.map((status: PrototypeStatus) => ({
          status,
          count: count('cell', phase.id, status),
        })),
      })),
      byPhase: withIds('phase', vocabulary.terms.phase),
      byStatus: byCode('status', STATUS_TERMS),
      byEvidence: byCode('evidence', EVIDENCE_TERMS),
      byType: withIds('type', vocabulary.terms.type),
      byAudience: withIds('audience', vocabulary.terms.audience),
      bySector: withIds('sector', vocabulary.terms.sector),
    };
  }
}
