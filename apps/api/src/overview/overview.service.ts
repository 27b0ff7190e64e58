import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PROTOTYPE_STATUSES, type PrototypeStatus } from '#domain';
import { EVIDENCE_TERMS, STATUS_TERMS, type VocabularySnapshot } from '../vocabularies/vocabulary.service.js';
import type { VocabularyTerm } from '../vocabularies/vocabulary-term.model.js';
import type { Overview, TermCount } from './overview.model.js';

interface CountRow {
  kind: 'cell' | 'total' | 'status' | 'evidence' | 'type' | 'phase' | 'audience' | 'sector';
  a: string | null;
  b: string | null;
  count: number;
}

/** All overview counts in one statement; vocabulary order and zeros are added in code. */
const OVERVIEW_SQL = `
  SELECT 'cell' AS kind, ip.phase_id::text AS a, i.status::text AS b, count(*)::int AS count
    FROM instruments i JOIN instrument_phases ip ON ip.instrument_id = i.id GROUP BY ip.phase_id, i.status
  UNION ALL SELECT 'total', NULL, NULL, count(*)::int FROM instruments
  UNION ALL SELECT 'status', status::text, NULL, count(*)::int FROM instruments GROUP BY status
  UNION ALL SELECT 'evidence', evidence_level::text, NULL, count(*)::int FROM instruments GROUP BY evidence_level
  UNION ALL SELECT 'type', type_id::text, NULL, count(*)::int FROM instruments GROUP BY type_id
  UNION ALL SELECT 'phase', phase_id::text, NULL, count(*)::int FROM instrument_phases GROUP BY phase_id
  UNION ALL SELECT 'audience', audience_id::text, NULL, count(*)::int FROM instrument_audiences GROUP BY audience_id
  UNION ALL SELECT 'sector', sector_id::text, NULL, count(*)::int FROM instrument_sectors GROUP BY sector_id`;

@Injectable()
export class OverviewService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async overview(vocabulary: VocabularySnapshot): Promise<Overview> {
    const rows: CountRow[] = await this.dataSource.query(OVERVIEW_SQL);
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
