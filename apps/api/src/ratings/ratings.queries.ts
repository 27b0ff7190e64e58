import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlRow, sqlRows, sqlRun, type Db } from '../database/typed-sql.js';
import type { ReviewReportReason } from '#domain';
import type { Rating, ReviewReport } from './rating.model.js';

const RATING_COLUMNS = `r.id, r.instrument_id AS "instrumentId", r.account_id AS "accountId", r.score,
  r.review AS "reviewText", r.context_sector_id AS "contextSectorId", r.context_phase_id AS "contextPhaseId",
  a.display_name AS author, r.hidden_at IS NOT NULL AS hidden, r.hidden_reason AS "hiddenReasonText",
  r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

export interface RatingToWrite {
  instrumentId: string;
  accountId: string;
  score: number;
  review: string | null;
  contextSectorId: number | null;
  contextPhaseId: number | null;
}

export interface SummaryRow {
  instrumentId: string;
  count: number;
  sum: number;
  /** Ratings with 1 to 5 stars. */
  d: number[];
}

export type ReportRow = ReviewReport & { ratingId: string; open: boolean; mine: boolean };

/** A review of a page, with its keyset key (updated_at as text). */
export type ReviewRow = Rating & { cursorKey: string };

/** The SQL of ratings, reviews and the rating summaries. `db` is a transaction's manager. */
@Injectable()
export class RatingsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(db: Db, id: string): Promise<Rating> {
    const row = await sqlRow<Rating>(db, `SELECT ${RATING_COLUMNS} FROM ratings r JOIN accounts a ON a.id = r.account_id WHERE r.id = $1`, [id]);
    return row!;
  }

  async scoreOf(db: Db, accountId: string, instrumentId: string): Promise<number | null> {
    const row = await sqlRow<{ score: number }>(db, `SELECT score FROM ratings WHERE account_id = $1 AND instrument_id = $2`, [
      accountId,
      instrumentId,
    ]);
    return row?.score ?? null;
  }

  /** Creates or replaces an account's rating of an instrument (un-hiding it); returns its id. */
  async upsert(db: Db, rating: RatingToWrite): Promise<string> {
    const row = await sqlRow<{ id: string }>(
      db,
      `INSERT INTO ratings (instrument_id, account_id, score, review, context_sector_id, context_phase_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (account_id, instrument_id) DO UPDATE SET score = EXCLUDED.score, review = EXCLUDED.review,
         context_sector_id = EXCLUDED.context_sector_id, context_phase_id = EXCLUDED.context_phase_id,
         hidden_at = NULL, hidden_reason = NULL, hidden_by_id = NULL, updated_at = now()
       RETURNING id`,
      [rating.instrumentId, rating.accountId, rating.score, rating.review, rating.contextSectorId, rating.contextPhaseId],
    );
    return row!.id;
  }

  /** The deleted rating's score, or undefined when there was none. */
  async delete(db: Db, accountId: string, instrumentId: string): Promise<number | undefined> {
    const row = await sqlRow<{ score: number }>(db, `DELETE FROM ratings WHERE account_id = $1 AND instrument_id = $2 RETURNING score`, [
      accountId,
      instrumentId,
    ]);
    return row?.score;
  }

  /** The hidden review's id, or undefined when there is no review with this id. */
  async hide(db: Db, ratingId: string, reason: string, byAccountId: string): Promise<string | undefined> {
    const row = await sqlRow<{ id: string }>(
      db,
      `UPDATE ratings SET hidden_at = now(), hidden_reason = $2, hidden_by_id = $3
       WHERE id = $1 AND review IS NOT NULL RETURNING id`,
      [ratingId, reason, byAccountId],
    );
    return row?.id;
  }

  /** Shows a hidden review again; its id, or undefined when there is no review with this id. */
  async unhide(db: Db, ratingId: string): Promise<string | undefined> {
    const row = await sqlRow<{ id: string }>(
      db,
      `UPDATE ratings SET hidden_at = NULL, hidden_reason = NULL, hidden_by_id = NULL
       WHERE id = $1 AND review IS NOT NULL RETURNING id`,
      [ratingId],
    );
    return row?.id;
  }

  /** The review a member wants to report: its author and whether it is hidden; undefined when there is no review text. */
  async reviewToReport(db: Db, ratingId: string): Promise<{ accountId: string; hidden: boolean } | undefined> {
    return sqlRow<{ accountId: string; hidden: boolean }>(
      db,
      `SELECT account_id AS "accountId", hidden_at IS NOT NULL AS hidden FROM ratings WHERE id = $1 AND review IS NOT NULL`,
      [ratingId],
    );
  }

  /** False when this member reported this review before (one report per member per review, ever). */
  async insertReport(db: Db, report: { ratingId: string; accountId: string; reason: ReviewReportReason; note: string | null }): Promise<boolean> {
    const row = await sqlRow<{ id: string }>(
      db,
      `INSERT INTO review_reports (rating_id, account_id, reason, note) VALUES ($1, $2, $3, $4)
       ON CONFLICT (rating_id, account_id) DO NOTHING RETURNING id`,
      [report.ratingId, report.accountId, report.reason, report.note],
    );
    return !!row;
  }

  /** A curator has dealt with the review: its open reports are settled. */
  async resolveReports(db: Db, ratingId: string, byAccountId: string): Promise<void> {
    await sqlRun(
      db,
      `UPDATE review_reports SET resolved_at = now(), resolved_by_id = $2 WHERE rating_id = $1 AND resolved_at IS NULL`,
      [ratingId, byAccountId],
    );
  }

  /** Every report of these reviews: the open ones for curators, and which the viewer made. */
  reportsOf(ratingIds: readonly string[], accountId: string | null): Promise<ReportRow[]> {
    return sqlRows<ReportRow>(
      this.dataSource,
      `SELECT rating_id AS "ratingId", reason, note, created_at AS "reportedAt", resolved_at IS NULL AS open,
              account_id = $2::uuid IS TRUE AS mine
       FROM review_reports WHERE rating_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ratingIds, accountId],
    );
  }

  /** Reviews with open reports, the most recently reported first, after the key [reported at, id]. */
  reportedReviews(after: readonly [string, string] | null, limit: number): Promise<ReviewRow[]> {
    return sqlRows<ReviewRow>(
      this.dataSource,
      `SELECT ${RATING_COLUMNS},
              to_char(x.reported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorKey"
       FROM (SELECT rating_id, max(created_at) AS reported_at FROM review_reports WHERE resolved_at IS NULL GROUP BY rating_id) x
       JOIN ratings r ON r.id = x.rating_id JOIN accounts a ON a.id = r.account_id
       WHERE $1::timestamptz IS NULL OR (x.reported_at, r.id) < ($1::timestamptz, $2::uuid)
       ORDER BY x.reported_at DESC, r.id DESC
       LIMIT $3`,
      [after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async reportedReviewCount(): Promise<number> {
    const row = await sqlRow<{ total: number }>(
      this.dataSource,
      `SELECT count(DISTINCT rating_id)::int AS total FROM review_reports WHERE resolved_at IS NULL`,
      [],
    );
    return row?.total ?? 0;
  }

  /** The instrument's status, keeping it from being deleted for this transaction; undefined when there is none. */
  async instrumentStatusForKeyShare(db: Db, instrumentId: string): Promise<string | undefined> {
    const row = await sqlRow<{ status: string }>(db, `SELECT status FROM instruments WHERE id = $1 FOR KEY SHARE`, [instrumentId]);
    return row?.status;
  }

  /** Makes sure the instrument's summary row exists and locks it for this transaction. */
  async lockSummary(db: Db, instrumentId: string): Promise<void> {
    await sqlRun(db, `INSERT INTO rating_summaries (instrument_id) SELECT id FROM instruments WHERE id = $1 ON CONFLICT DO NOTHING`, [
      instrumentId,
    ]);
    await sqlRows(db, `SELECT 1 FROM rating_summaries WHERE instrument_id = $1 FOR UPDATE`, [instrumentId]);
  }

  /** Moves one rating from `from` stars to `to` stars (null: none) in the summary. */
  async adjustSummary(db: Db, instrumentId: string, from: number | null, to: number | null): Promise<void> {
    const bucket = (stars: number) => `count_${stars} = count_${stars} + ${(to === stars ? 1 : 0) - (from === stars ? 1 : 0)}`;
    await sqlRun(
      db,
      `UPDATE rating_summaries SET
         rating_count = rating_count + $2, rating_sum = rating_sum + $3, ${[1, 2, 3, 4, 5].map(bucket).join(', ')},
         mean = CASE WHEN rating_count + $2 > 0 THEN (rating_sum + $3)::float8 / (rating_count + $2) END
       WHERE instrument_id = $1`,
      [instrumentId, (to === null ? 0 : 1) - (from === null ? 0 : 1), (to ?? 0) - (from ?? 0)],
    );
  }

  summaries(ids: readonly string[]): Promise<SummaryRow[]> {
    return sqlRows<SummaryRow>(
      this.dataSource,
      `SELECT instrument_id AS "instrumentId", rating_count AS count, rating_sum AS sum,
              ARRAY[count_1, count_2, count_3, count_4, count_5] AS d
       FROM rating_summaries WHERE instrument_id = ANY($1::uuid[])`,
      [ids],
    );
  }

  ratingsOf(accountId: string, instrumentIds: readonly string[]): Promise<Rating[]> {
    return sqlRows<Rating>(
      this.dataSource,
      `SELECT ${RATING_COLUMNS} FROM ratings r JOIN accounts a ON a.id = r.account_id
       WHERE r.account_id = $1 AND r.instrument_id = ANY($2::uuid[])`,
      [accountId, instrumentIds],
    );
  }

  /** Newest first, `limit` per instrument after the key [updated_at, id], for all instruments at once. */
  reviewPages(instrumentIds: string[], after: readonly [string, string] | null, limit: number): Promise<ReviewRow[]> {
    return sqlRows<ReviewRow>(
      this.dataSource,
      `SELECT page.* FROM unnest($1::uuid[]) AS x(instrument_id)
       CROSS JOIN LATERAL (
         SELECT ${RATING_COLUMNS},
                to_char(r.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorKey"
         FROM ratings r JOIN accounts a ON a.id = r.account_id
         WHERE r.instrument_id = x.instrument_id AND r.review IS NOT NULL
           AND ($2::timestamptz IS NULL OR (r.updated_at, r.id) < ($2::timestamptz, $3::uuid))
         ORDER BY r.updated_at DESC, r.id DESC
         LIMIT $4
       ) page`,
      [instrumentIds, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  reviewCounts(instrumentIds: string[]): Promise<{ instrumentId: string; total: number }[]> {
    return sqlRows<{ instrumentId: string; total: number }>(
      this.dataSource,
      `SELECT instrument_id AS "instrumentId", count(*)::int AS total FROM ratings
       WHERE instrument_id = ANY($1::uuid[]) AND review IS NOT NULL GROUP BY instrument_id`,
      [instrumentIds],
    );
  }
}
