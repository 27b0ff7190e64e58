import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PracticeReportStatus } from '#domain';
import { sqlRow, sqlRows, sqlRun, type Db } from '../database/typed-sql.js';
import type { PracticeReport } from './practice-report.model.js';

const COLUMNS = `r.id, r.status, r.instrument_id AS "instrumentId", r.author_id AS "authorId", a.display_name AS "authorName",
  r.community_name AS "communityName", r.sectors, r.partner_kinds AS "partnerKinds", r.phase,
  r.period_from AS "periodFrom", r.period_to AS "periodTo", r.what_we_did AS "whatWeDid",
  r.what_it_yielded AS "whatItYielded", r.what_we_would_change AS "whatWeWouldChange", r.contact,
  r.decision_reason AS "decisionReason", r.published_at AS "publishedAt", r.created_at AS "createdAt",
  r.updated_at AS "updatedAt", r.version`;
const FROM = `practice_reports r JOIN accounts a ON a.id = r.author_id`;
const KEY = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** What an author writes, under the report's field names; undefined leaves a column as it is. */
export interface PracticeReportValues {
  communityName?: string | null;
  sectors?: string[];
  partnerKinds?: string[];
  phase?: string;
  periodFrom?: string;
  periodTo?: string | null;
  whatWeDid?: string;
  whatItYielded?: string;
  whatWeWouldChange?: string;
  contact?: string | null;
}

const VALUE_COLUMNS: Record<keyof PracticeReportValues, string> = {
  communityName: 'community_name',
  sectors: 'sectors',
  partnerKinds: 'partner_kinds',
  phase: 'phase',
  periodFrom: 'period_from',
  periodTo: 'period_to',
  whatWeDid: 'what_we_did',
  whatItYielded: 'what_it_yielded',
  whatWeWouldChange: 'what_we_would_change',
  contact: 'contact',
};

function columnsOf(values: PracticeReportValues): { columns: string[]; parameters: unknown[] } {
  const names = (Object.keys(VALUE_COLUMNS) as (keyof PracticeReportValues)[]).filter((name) => values[name] !== undefined);
  return { columns: names.map((name) => VALUE_COLUMNS[name]), parameters: names.map((name) => values[name]) };
}

export interface PracticeReportListFilter {
  status: PracticeReportStatus;
  phase: string | null;
  sector: string | null;
  partnerKind: string | null;
  instrumentId: string | null;
}

const FILTER = `r.status = $1::practice_report_status AND ($2::text IS NULL OR r.phase = $2)
  AND ($3::text IS NULL OR $3 = ANY(r.sectors)) AND ($4::text IS NULL OR $4 = ANY(r.partner_kinds))
  AND ($5::uuid IS NULL OR r.instrument_id = $5)`;
const filterParameters = (f: PracticeReportListFilter) => [f.status, f.phase, f.sector, f.partnerKind, f.instrumentId];

/** The SQL of practice reports, with typed rows. */
@Injectable()
export class PracticeReportsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(em: EntityManager, instrumentId: string, authorId: string, values: PracticeReportValues): Promise<string> {
    const { columns, parameters } = columnsOf(values);
    const row = await sqlRow<{ id: string }>(
      em,
      `INSERT INTO practice_reports (instrument_id, author_id, ${columns.join(', ')})
       VALUES ($1, $2, ${columns.map((_, i) => `$${i + 3}`).join(', ')}) RETURNING id`,
      [instrumentId, authorId, ...parameters],
    );
    return row!.id;
  }

  /** Writes the values given and sets the status (an edit offers a declined report again). */
  async update(em: EntityManager, id: string, values: PracticeReportValues, status: PracticeReportStatus): Promise<void> {
    const { columns, parameters } = columnsOf(values);
    await sqlRun(
      em,
      `UPDATE practice_reports SET ${columns.map((column, i) => `${column} = $${i + 3}, `).join('')}
         status = $2, decision_reason = NULL, decided_by_id = NULL, updated_at = now(), version = version + 1 WHERE id = $1`,
      [id, status, ...parameters],
    );
  }

  async decide(em: EntityManager, id: string, status: 'PUBLISHED' | 'DECLINED', reason: string | null, curatorId: string): Promise<void> {
    await sqlRun(
      em,
      `UPDATE practice_reports SET status = $2::practice_report_status, decision_reason = $3, decided_by_id = $4,
         published_at = CASE WHEN $2::practice_report_status = 'PUBLISHED' THEN now() ELSE NULL END, updated_at = now(), version = version + 1
       WHERE id = $1`,
      [id, status, reason, curatorId],
    );
  }

  /** The author's address and the instrument's title, for the mail about a decision. */
  authorMailOf(db: Db, id: string): Promise<{ to: string; name: string; title: string } | undefined> {
    return sqlRow(
      db,
      `SELECT a.email AS "to", a.display_name AS name, i.title
       FROM practice_reports r JOIN accounts a ON a.id = r.author_id JOIN instruments i ON i.id = r.instrument_id WHERE r.id = $1`,
      [id],
    );
  }

  /** Locks the row until the transaction ends. */
  async lock(em: EntityManager, id: string): Promise<void> {
    await sqlRows(em, `SELECT 1 FROM practice_reports WHERE id = $1 FOR UPDATE`, [id]);
  }

  byId(id: string, db: Db = this.dataSource): Promise<PracticeReport | undefined> {
    return sqlRow<PracticeReport>(db, `SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = $1`, [id]);
  }

  byAuthor(authorId: string): Promise<PracticeReport[]> {
    return sqlRows<PracticeReport>(
      this.dataSource,
      `SELECT ${COLUMNS} FROM ${FROM} WHERE r.author_id = $1 ORDER BY r.created_at DESC, r.id DESC`,
      [authorId],
    );
  }

  /**
   * A page after a (timestamp, id) key, each row with its key as text: published reports newest
   * published first, the others (the curators' queue) oldest first.
   */
  page(filter: PracticeReportListFilter, after: [string, string] | null, limit: number): Promise<(PracticeReport & { cursorKey: string })[]> {
    const published = filter.status === 'PUBLISHED';
    const column = published ? 'r.published_at' : 'r.created_at';
    const direction = published ? 'DESC' : 'ASC';
    return sqlRows(
      this.dataSource,
      `SELECT ${COLUMNS}, ${KEY(column)} AS "cursorKey" FROM ${FROM}
       WHERE ${FILTER}
         AND ($6::timestamptz IS NULL OR (${column}, r.id) ${published ? '<' : '>'} ($6::timestamptz, $7::uuid))
       ORDER BY ${column} ${direction}, r.id ${direction} LIMIT $8`,
      [...filterParameters(filter), after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async count(filter: PracticeReportListFilter): Promise<number> {
    const row = await sqlRow<{ count: number }>(this.dataSource, `SELECT count(*)::int AS count FROM practice_reports r WHERE ${FILTER}`, filterParameters(filter));
    return row!.count;
  }

  /** The newest `limit` published reports of each instrument. */
  publishedOf(instrumentIds: readonly string[], limit: number): Promise<PracticeReport[]> {
    return sqlRows<PracticeReport>(
      this.dataSource,
      `SELECT ${COLUMNS} FROM unnest($1::uuid[]) AS i(id)
       CROSS JOIN LATERAL (
         SELECT * FROM practice_reports WHERE instrument_id = i.id AND status = 'PUBLISHED'
         ORDER BY published_at DESC, id DESC LIMIT $2
       ) r JOIN accounts a ON a.id = r.author_id
       ORDER BY r.published_at DESC, r.id DESC`,
      [instrumentIds, limit],
    );
  }

  publishedCounts(instrumentIds: readonly string[]): Promise<{ instrumentId: string; count: number }[]> {
    return sqlRows(
      this.dataSource,
      `SELECT instrument_id AS "instrumentId", count(*)::int AS count FROM practice_reports
       WHERE instrument_id = ANY($1::uuid[]) AND status = 'PUBLISHED' GROUP BY instrument_id`,
      [instrumentIds],
    );
  }

  async instrumentExists(id: string): Promise<boolean> {
    return !!(await sqlRow(this.dataSource, `SELECT 1 FROM instruments WHERE id = $1`, [id]));
  }
}
