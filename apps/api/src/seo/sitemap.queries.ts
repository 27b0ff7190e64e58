import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlRow, sqlRows } from '../database/typed-sql.js';

export interface SitemapInstrumentRow {
  slug: string;
  updatedAt: Date;
}

/** A published starter kit's page, like an instrument's. */
export type SitemapCollectionRow = SitemapInstrumentRow;

/** Instruments a search engine should know: every one that is not retired (a retired page names its successor). */
const LISTED = `status <> 'RETIRED'`;

/** The sitemap's reads: keyset pages on the unique slug, so a long sitemap never holds a connection or an OFFSET. */
@Injectable()
export class SitemapQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async count(): Promise<number> {
    const row = await sqlRow<{ count: number }>(this.dataSource, `SELECT count(*)::int AS count FROM instruments WHERE ${LISTED}`);
    return row?.count ?? 0;
  }

  /** Up to `limit` instruments in slug order after `after` (exclusive; null from the start). */
  page(after: string | null, limit: number): Promise<SitemapInstrumentRow[]> {
    return sqlRows<SitemapInstrumentRow>(
      this.dataSource,
      `SELECT slug, updated_at AS "updatedAt" FROM instruments
        WHERE ${LISTED} AND ($1::text IS NULL OR slug > $1) ORDER BY slug LIMIT $2`,
      [after, limit],
    );
  }

  /** Every published starter kit (a curated handful), in slug order. */
  publishedCollections(): Promise<SitemapCollectionRow[]> {
    return sqlRows<SitemapCollectionRow>(
      this.dataSource,
      `SELECT slug, updated_at AS "updatedAt" FROM collections WHERE status = 'PUBLISHED' ORDER BY slug`,
    );
  }

  /** The slug just before the n-th listed instrument (0-based), where part n of a split sitemap starts; null for 0. */
  async slugBefore(n: number): Promise<string | null> {
    if (n <= 0) return null;
    const row = await sqlRow<{ slug: string }>(this.dataSource, `SELECT slug FROM instruments WHERE ${LISTED} ORDER BY slug OFFSET $1 LIMIT 1`, [n - 1]);
    return row?.slug ?? null;
  }
}
