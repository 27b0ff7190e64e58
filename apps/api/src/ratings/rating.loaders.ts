import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Viewer } from '../accounts/viewer.js';
import { afterKey, isTimestampAndId, keysetPage } from '../common/keyset.js';
import type { Rating, RatingSummary, ReviewConnection, ReviewReport } from './rating.model.js';
import { RatingsQueries } from './ratings.queries.js';

export interface RatingLoaders {
  ratingSummary: DataLoader<string, RatingSummary>;
  myRating: DataLoader<string, Rating | null>;
  /** Keyed by instrument id plus page arguments. */
  reviews: DataLoader<ReviewsKey, ReviewConnection, string>;
  /** By rating id: its open reports and whether the viewer reported it. */
  reports: DataLoader<string, ReviewReports>;
}

export interface ReviewReports {
  open: ReviewReport[];
  mine: boolean;
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
  constructor(private readonly queries: RatingsQueries) {}

  create(viewer: () => Promise<Viewer | null>): RatingLoaders {
    return {
      ratingSummary: new DataLoader((ids) => this.summaries(ids)),
      myRating: new DataLoader(async (ids) => {
        const current = await viewer();
        return current ? this.ratingsOf(current.accountId, ids) : ids.map(() => null);
      }),
      reports: new DataLoader(async (ids) => this.reports(ids, (await viewer())?.accountId ?? null)),
      reviews: new DataLoader((keys) => this.reviews(keys), {
        cacheKeyFn: (key) => `${key.instrumentId}|${key.first}|${key.after ?? ''}`,
      }),
    };
  }

  private async summaries(ids: readonly string[]): Promise<RatingSummary[]> {
    const rows = await this.queries.summaries(ids);
    const byId = new Map(rows.map((r) => [r.instrumentId, r]));
    return ids.map((id) => {
      const row = byId.get(id);
      if (!row || row.count === 0) return EMPTY;
      return { average: row.sum / row.count, count: row.count, distribution: row.d };
    });
  }

  private async ratingsOf(accountId: string, ids: readonly string[]): Promise<(Rating | null)[]> {
    const rows = await this.queries.ratingsOf(accountId, ids);
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
      const rows = await this.queries.reviewPages(ids, cursor, first + 1);
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

  /** Only signed-in viewers have reports to see (their own, or as curators the open ones): none for a visitor, without SQL. */
  private async reports(ids: readonly string[], accountId: string | null): Promise<ReviewReports[]> {
    if (!accountId) return ids.map(() => ({ open: [], mine: false }));
    const rows = await this.queries.reportsOf(ids, accountId);
    return ids.map((id) => {
      const own = rows.filter((row) => row.ratingId === id);
      return {
        open: own.filter((row) => row.open).map(({ reason, note, reportedAt }) => ({ reason, note, reportedAt })),
        mine: own.some((row) => row.mine),
      };
    });
  }

  private async reviewCounts(ids: string[]): Promise<Map<string, number>> {
    const rows = await this.queries.reviewCounts(ids);
    return new Map(rows.map((r) => [r.instrumentId, r.total]));
  }
}
