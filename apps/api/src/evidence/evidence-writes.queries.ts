import type { EntityManager } from 'typeorm';
import type { EvidenceLevel, EvidenceSourceKind } from '#domain';
import { sqlRows, sqlRun } from '../database/typed-sql.js';

/** What an assessment cites; exactly the column of its kind is set (the table's CHECK agrees). */
export interface EvidenceSourceValues {
  kind: EvidenceSourceKind;
  url?: string | null;
  label?: string | null;
  practiceReportId?: string | null;
  pilotId?: string | null;
}

export interface NewAssessment {
  instrumentId: string;
  level: EvidenceLevel;
  reason: string;
  sources?: readonly EvidenceSourceValues[];
}

/**
 * Appends assessments with their sources, two statements for any number: the caller's transaction
 * also writes `instruments.evidence_level` (catalogue/instrument-writes.ts applyEvidenceChanges).
 */
export async function insertAssessments(
  em: EntityManager,
  items: readonly NewAssessment[],
  actor: { accountId: string | null; displayName: string },
): Promise<void> {
  if (items.length === 0) return;
  await sqlRun(
    em,
    `WITH added AS (
       INSERT INTO evidence_assessments (instrument_id, level, reason, assessed_by_id, assessed_by_name)
       SELECT v.instrument_id, v.level, v.reason, $2::uuid, $3::text
       FROM json_to_recordset($1::json) AS v(item int, instrument_id uuid, level evidence_level, reason text)
       -- Ids come from a sequence in this order, so numbering them by id gives back each item's number.
       ORDER BY v.item
       RETURNING id, instrument_id
     ), numbered AS (
       SELECT id, row_number() OVER (ORDER BY id) AS n FROM added
     )
     INSERT INTO evidence_assessment_sources (assessment_id, position, kind, url, label, practice_report_id, pilot_id)
     SELECT numbered.id, s.position, s.kind, s.url, s.label, s.practice_report_id, s.pilot_id
     FROM json_to_recordset($4::json) AS s(item int, position int, kind evidence_source_kind, url text, label text,
                                            practice_report_id uuid, pilot_id uuid)
     JOIN numbered ON numbered.n = s.item`,
    [
      JSON.stringify(items.map((i, index) => ({ item: index + 1, instrument_id: i.instrumentId, level: i.level, reason: i.reason }))),
      actor.accountId,
      actor.displayName,
      JSON.stringify(
        items.flatMap((item, index) =>
          (item.sources ?? []).map((source, position) => ({
            item: index + 1,
            position: position + 1,
            kind: source.kind,
            url: source.url ?? null,
            label: source.label ?? null,
            practice_report_id: source.practiceReportId ?? null,
            pilot_id: source.pilotId ?? null,
          })),
        ),
      ),
    ],
  );
}

/** A practice report or pilot an assessment would cite: whose instrument it is, and the label kept with the citation. */
export interface CitedRow {
  id: string;
  instrumentId: string;
  /** Practice reports only: only a published one may be cited. */
  status?: string;
  label: string;
}

/** The cited practice reports, kept from being unpublished or deleted until the assessment is written. */
export function citedPracticeReports(em: EntityManager, ids: readonly string[]): Promise<CitedRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return sqlRows<CitedRow>(
    em,
    `SELECT id, instrument_id AS "instrumentId", status::text AS status,
            concat_ws(', ', community_name, period_from || COALESCE(' – ' || period_to, '')) AS label
     FROM practice_reports WHERE id = ANY($1::uuid[]) FOR SHARE`,
    [ids],
  );
}

/** The cited pilots, kept from being deleted until the assessment is written. */
export function citedPilots(em: EntityManager, ids: readonly string[]): Promise<CitedRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return sqlRows<CitedRow>(
    em,
    `SELECT id, instrument_id AS "instrumentId", concat_ws(', ', community, to_char(starts_on, 'YYYY-MM-DD')) AS label
     FROM pilots WHERE id = ANY($1::uuid[]) FOR KEY SHARE`,
    [ids],
  );
}
