import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { Viewer } from '../accounts/viewer.js';
import { afterKey, isTimestampAndId, keysetPage } from '../common/keyset.js';
import type { Rating, RatingSummary, ReviewConnection } from './rating.model.js';
import { RATING_COLUMNS } from './ratings.service.js';

export interface RatingLoaders {
  ratingSummary: DataLoader<string, RatingSummary>;
  myRating: DataLoader<string, Rating | null>;
  /** Keyed by instrument id plus page arguments. */
  reviews: DataLoader<ReviewsKey, ReviewConnection, string>;
}

export interface ReviewsKey {
  instrumentId: string;
  first: number;
  after?: string;
}

const EMPTY: RatingSummary = { average: null, count: 0, distribution: [0, 0, 0, 0, 0] };
/** Per-request loaders for the ratings shown with instruments: a fixed number of statements per page. */
@Injectable()
export class RatingLoaderFactory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(viewer: () => Promise<Viewer | null>): RatingLoaders {
    return {
      ratingSummary: new DataLoader((ids) => this.summaries(ids)),
      myRating: new DataLoader(async (ids) => {
        const current = await viewer();
        return current ? this.ratingsOf(current.accountId, ids) : ids.map(() => null);
      }),
      reviews: new DataLoader((keys) => this.reviews(keys), {
        cacheKeyFn: (key) => `${key.instrumentId}|${key.first}|${key.after ?? ''}`,
      }),
    };
  }

  private async summaries(ids: readonly string[]): Promise<RatingSummary[]> {
    const rows: { instrumentId: string; count: number; sum: number; d: number[] }[] = await this.dataSource.query(
      `SELECT instrument_id AS "instrumentId", rating_count AS count, rating_sum AS sum,
              ARRAY[count_1, count_2, count_3, count_4, count_5] AS d
       FROM rating_summaries WHERE instrument_id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.instrumentId, r]));
    return ids.map((id) => {
      const row = byId.get(id);
      if (!row || row.count === 0) return EMPTY;
      return { average: row.sum / row.count, count: row.count, distribution: row.d };
    });
  }

  private async ratingsOf(accountId: string, ids: readonly string[]): Promise<(Rating | null)[]> {
    const rows: Rating[] = await this.dataSource.query(
      `SELECT ${RATING_COLUMNS} FROM ratings r JOIN accounts a ON a.id = r.account_id
       WHERE r.account_id = $1 AND r.instrument_id = ANY($2::uuid[])`,
      [accountId, ids],
    );
    const byInstrument = new Map(rows.map((r) => [r.instrumentId, r]));
    return ids.map((id) => byInstrument.get(id) ?? null);
  }

  /** Newest first; one statement per distinct page size and cursor, for all instruments at once. */
  private async reviews(keys: readonly ReviewsKey[]): Promise<ReviewConnection[]> {
    const groups = new Map<string, ReviewsKey[]>();
    for (const key of keys) {
      const group = `${key.first}|${key.after ?? ''}`;
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const results = new Map<string, ReviewConnection>();
    for (const group of groups.values()) {
      const { first, after } = group[0];
      const cursor = afterKey<[string, string]>(after, isTimestampAndId, '"after" is not a cursor of this list of reviews.');
      const ids = group.map((k) => k.instrumentId);
      const rows: (Rating & { cursorKey: string })[] = await this.dataSource.query(
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
        [ids, cursor?.[0] ?? null, cursor?.[1] ?? null, first + 1],
      );
      const totals = await this.reviewCounts(ids);
      for (const key of group) {
        const own = rows.filter((r) => r.instrumentId === key.instrumentId);
        results.set(`${key.instrumentId}|${key.first}|${key.after ?? ''}`, {
          totalCount: totals.get(key.instrumentId) ?? 0,
          ...keysetPage(own, first, ({ cursorKey, ...node }) => ({ key: [cursorKey, node.id], node })),
        });
      }
    }
    return keys.map((k) => results.get(`${k.instrumentId}|${k.first}|${k.after ?? ''}`)!);
  }

  private async reviewCounts(ids: string[]): Promise<Map<string, number>> {
    const rows: { instrumentId: string; total: number }[] = await this.dataSource.query(
      `SELECT instrument_id AS "instrumentId", count(*)::int AS total FROM ratings
       WHERE instrument_id = ANY($1::uuid[]) AND review IS NOT NULL GROUP BY instrument_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.instrumentId, r.total]));
  }
}
