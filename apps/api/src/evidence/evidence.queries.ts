import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlRows } from '../database/typed-sql.js';
import type { EvidenceAssessment } from './evidence-assessment.model.js';

/** The assessments of a page of instruments with their sources, newest first, in one statement. */
@Injectable()
export class EvidenceQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  assessments(instrumentIds: readonly string[]): Promise<(EvidenceAssessment & { instrumentId: string })[]> {
    return sqlRows(
      this.dataSource,
      `SELECT a.instrument_id AS "instrumentId", a.id::text AS id, a.level, a.reason,
              a.assessed_by_name AS "assessedBy", a.assessed_at AS "assessedAt",
              COALESCE((SELECT json_agg(json_build_object('kind', s.kind, 'url', s.url, 'label', s.label,
                                                          'practiceReportId', s.practice_report_id, 'pilotId', s.pilot_id)
                                        ORDER BY s.position)
                        FROM evidence_assessment_sources s WHERE s.assessment_id = a.id), '[]') AS sources
       FROM evidence_assessments a
       WHERE a.instrument_id = ANY($1::uuid[])
       ORDER BY a.instrument_id, a.assessed_at DESC, a.id DESC`,
      [instrumentIds],
    );
  }
}
