import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlRows } from '../database/typed-sql.js';

export interface CountRow {
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

export interface PracticeRow {
  kind: 'phase' | 'pilots' | 'piloted' | 'reports' | 'practised';
  /** The phase id, or for 'reports' the phase code. */
  phase: string;
  count: number;
}

/**
 * Per phase: its instruments, the pilots of those instruments, how many instruments were piloted,
 * published practice reports (by the phase they were used in) and instruments with one.
 */
const PRACTICE_PER_PHASE_SQL = `
  SELECT 'phase' AS kind, phase_id::text AS phase, count(*)::int AS count FROM instrument_phases GROUP BY phase_id
  UNION ALL SELECT 'pilots', ip.phase_id::text, count(*)::int
    FROM pilots p JOIN instrument_phases ip ON ip.instrument_id = p.instrument_id GROUP BY ip.phase_id
  UNION ALL SELECT 'piloted', ip.phase_id::text, count(DISTINCT p.instrument_id)::int
    FROM pilots p JOIN instrument_phases ip ON ip.instrument_id = p.instrument_id GROUP BY ip.phase_id
  UNION ALL SELECT 'reports', r.phase, count(*)::int FROM practice_reports r WHERE r.status = 'PUBLISHED' GROUP BY r.phase
  UNION ALL SELECT 'practised', ip.phase_id::text, count(DISTINCT r.instrument_id)::int
    FROM practice_reports r JOIN instrument_phases ip ON ip.instrument_id = r.instrument_id
    WHERE r.status = 'PUBLISHED' GROUP BY ip.phase_id`;

/** The overview's SQL. */
@Injectable()
export class OverviewQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pilots and practice reports per phase, in one statement. */
  practicePerPhase(): Promise<PracticeRow[]> {
    return sqlRows<PracticeRow>(this.dataSource, PRACTICE_PER_PHASE_SQL);
  }

  counts(): Promise<CountRow[]> {
    return sqlRows<CountRow>(this.dataSource, OVERVIEW_SQL);
  }
}
