import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlRows } from '../database/typed-sql.js';
import type { ReasonKind } from './recommendation.model.js';

/** Points per matched answer (README, "Guided finder"). */
export const FINDER_POINTS = { phase: 3, goal: 2, sector: 2, audience: 1, time: 1 } as const;

/** The statuses a group can use today; they come first whatever their score. */
export const USABLE_STATUSES = ['AVAILABLE', 'PILOTING'] as const;

/**
 * Minutes parsed from the free-text `time_needed`, conservatively: only a whole text of one duration
 * ("60 minuten", "90–120 minuten", "2 uur", "Leestijd 45 minuten"), taking the upper bound of a range.
 * Texts per person, per session or with several parts ("15 minuten per deelnemer", "2 bijeenkomsten
 * van 2 uur") stay NULL and never match a time answer.
 */
const MINUTES = `CASE WHEN i.time_needed ~* '^\\s*(leestijd\\s+)?\\d+(\\s*[–-]\\s*\\d+)?\\s*(minuten|min|uur)\\s*$'
  THEN substring(i.time_needed from '(\\d+)\\s*(?:minuten|min|uur)\\s*$')::int
       * CASE WHEN i.time_needed ~* 'uur\\s*$' THEN 60 ELSE 1 END END`;

export interface NeedProfile {
  phase: string | null;
  goals: string[];
  sector: string | null;
  audiences: string[];
  /** Whether a time was answered, and its upper bound in minutes (null: no bound). */
  timeGiven: boolean;
  maxMinutes: number | null;
  first: number;
}

export interface RecommendationRow {
  instrumentId: string;
  status: string;
  score: number;
  reasons: { kind: ReasonKind; code: string; labelNl: string; labelEn: string }[];
}

/**
 * The finder's ranking, one query: every instrument that is not retired gets points for each
 * matched answer (FINDER_POINTS); with any answer given, only instruments with points are kept.
 * Order: usable (AVAILABLE, PILOTING) first, then points, then mean star rating, then title.
 */
const RECOMMEND = `
SELECT i.id AS "instrumentId", i.status::text AS status, m.score, m.reasons
FROM instruments i
LEFT JOIN rating_summaries rs ON rs.instrument_id = i.id
CROSS JOIN LATERAL (
  SELECT coalesce(sum(x.points), 0)::float8 AS score,
         coalesce(jsonb_agg(jsonb_build_object('kind', x.kind, 'code', x.code, 'labelNl', x.label_nl, 'labelEn', x.label_en)
                            ORDER BY x.ord, x.position, x.code), '[]'::jsonb) AS reasons
  FROM (
    SELECT 'PHASE' AS kind, 1 AS ord, p.position, p.code, p.label_nl, p.label_en, ${FINDER_POINTS.phase} AS points
      FROM instrument_phases ip JOIN phases p ON p.id = ip.phase_id WHERE ip.instrument_id = i.id AND p.code = $1
    UNION ALL
    SELECT 'GOAL', 2, t.position, t.code, t.label_nl, t.label_en, ${FINDER_POINTS.goal}
      FROM instrument_tags it JOIN tags t ON t.id = it.tag_id WHERE it.instrument_id = i.id AND t.code = ANY($2::text[])
    UNION ALL
    SELECT 'GOAL', 2, ty.position, ty.code, ty.label_nl, ty.label_en, ${FINDER_POINTS.goal}
      FROM instrument_types ty WHERE ty.id = i.type_id AND ty.code = ANY($2::text[])
    UNION ALL
    SELECT 'SECTOR', 3, s.position, s.code, s.label_nl, s.label_en, ${FINDER_POINTS.sector}
      FROM instrument_sectors isc JOIN sectors s ON s.id = isc.sector_id WHERE isc.instrument_id = i.id AND s.code = $3
    UNION ALL
    SELECT 'AUDIENCE', 4, a.position, a.code, a.label_nl, a.label_en, ${FINDER_POINTS.audience}
      FROM instrument_audiences ia JOIN audiences a ON a.id = ia.audience_id WHERE ia.instrument_id = i.id AND a.code = ANY($4::text[])
    UNION ALL
    SELECT 'TIME', 5, 0, i.time_needed, i.time_needed, i.time_needed, ${FINDER_POINTS.time}
      FROM (SELECT ${MINUTES} AS minutes) t WHERE $5::boolean AND t.minutes IS NOT NULL AND ($6::int IS NULL OR t.minutes <= $6::int)
  ) x
) m
WHERE i.status <> 'RETIRED' AND (NOT $7::boolean OR m.score > 0)
ORDER BY (i.status::text = ANY($8::text[])) DESC, m.score DESC, rs.mean DESC NULLS LAST, i.title, i.id
LIMIT $9`;

/** The SQL of the guided finder, with typed rows. */
@Injectable()
export class FinderQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  recommend(need: NeedProfile): Promise<RecommendationRow[]> {
    const answered = need.phase !== null || need.goals.length > 0 || need.sector !== null || need.audiences.length > 0 || need.timeGiven;
    return sqlRows<RecommendationRow>(this.dataSource, RECOMMEND, [
      need.phase,
      need.goals,
      need.sector,
      need.audiences,
      need.timeGiven,
      need.maxMinutes,
      answered,
      [...USABLE_STATUSES],
      need.first,
    ]);
  }
}
