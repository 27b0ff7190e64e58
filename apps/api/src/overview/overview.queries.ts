import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlRow, sqlRows } from '../database/typed-sql.js';

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

/** Per phase: its instruments, the pilots of those instruments and how many instruments were piloted. */
const PILOTS_PER_PHASE_SQL = `
  SELECT 'phase' AS kind, phase_id::text AS phase, count(*)::int AS count FROM instrument_phases GROUP BY phase_id
  UNION ALL SELECT 'pilots', ip.phase_id::text, count(*)::int
    FROM pilots p JOIN instrument_phases ip ON ip.instrument_id = p.instrument_id GROUP BY ip.phase_id
  UNION ALL SELECT 'piloted', ip.phase_id::text, count(DISTINCT p.instrument_id)::int
    FROM pilots p JOIN instrument_phases ip ON ip.instrument_id = p.instrument_id GROUP BY ip.phase_id`;

/**
 * PRACTICE REPORTS PART (issue #21 point 1, built on the practice branch): published reports per
 * phase code, and instruments per phase with a published report. Added to the statement only when
 * the table practice_reports exists (checked once at start, after the migrations ran).
 */
const PRACTICE_PER_PHASE_SQL = `
  UNION ALL SELECT 'reports', r.phase, count(*)::int FROM practice_reports r WHERE r.status = 'PUBLISHED' GROUP BY r.phase
  UNION ALL SELECT 'practised', ip.phase_id::text, count(DISTINCT r.instrument_id)::int
    FROM practice_reports r JOIN instrument_phases ip ON ip.instrument_id = r.instrument_id
    WHERE r.status = 'PUBLISHED' GROUP BY ip.phase_id`;

/** The overview's SQL. */
@Injectable()
export class OverviewQueries implements OnApplicationBootstrap {
  /** Whether practice reports exist in this database (the table of issue #21 point 1). */
  practiceReports = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const row = await sqlRow<{ exists: boolean }>(this.dataSource, `SELECT to_regclass('public.practice_reports') IS NOT NULL AS exists`);
    this.practiceReports = !!row?.exists;
  }

  /** Pilots (and, once they exist, practice reports) per phase, in one statement. */
  practicePerPhase(): Promise<PracticeRow[]> {
    return sqlRows<PracticeRow>(this.dataSource, PILOTS_PER_PHASE_SQL + (this.practiceReports ? PRACTICE_PER_PHASE_SQL : ''));
  }

  counts(): Promise<CountRow[]> {
    return sqlRows<CountRow>(this.dataSource, OVERVIEW_SQL);
  }
}
