import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { INSTRUMENT_FIELDS, OPEN_PROPOSAL_STATUSES, columnName, type ProposalStatus } from '#domain';
import type { Viewer } from '../accounts/viewer.js';
import type { Fields } from '../catalogue/instrument-fields.normalise.js';
import { preparedQuery } from '../database/prepared-query.js';
import { sqlRow, sqlRows, sqlRun, type Db } from '../database/typed-sql.js';
import type { Proposal, ProposalEvent, SimilarItem } from './proposal.model.js';

/** A proposal's columns carry the instrument's field names (codes where the instrument has ids). */
export const PROPOSAL_COLUMNS = `p.id, p.status, ${INSTRUMENT_FIELDS.map((f) => `p.${columnName(f.name)} AS "${f.name}"`).join(', ')},
  p.motivation, p.proposer_id AS "proposerId",
  pa.email AS "proposerEmail", pa.display_name AS "proposerName", ra.display_name AS "reviewerName",
  p.decision_reason AS "decisionReason", p.instrument_id AS "instrumentId", p.created_at AS "createdAt",
  p.updated_at AS "updatedAt", p.version`;
const PROPOSAL_FROM = `proposals p JOIN accounts pa ON pa.id = p.proposer_id LEFT JOIN accounts ra ON ra.id = p.reviewer_id`;

/** What a member writes: normalised fields, and why it belongs in the catalogue. */
export type ProposalValues = Fields & { motivation?: string };

/** The columns and parameters of the values given (links as a JSON document). */
function columnsOf(values: ProposalValues): { columns: string[]; parameters: unknown[]; casts: string[] } {
  const names = Object.keys(values).filter((name) => values[name as keyof ProposalValues] !== undefined);
  return {
    columns: names.map(columnName),
    parameters: names.map((name) => (name === 'links' ? JSON.stringify(values.links) : values[name as keyof ProposalValues])),
    casts: names.map((name) => (name === 'links' ? '::jsonb' : '')),
  };
}

/** The SQL of proposals, with typed rows. */
@Injectable()
export class ProposalsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(em: EntityManager, proposerId: string, values: ProposalValues): Promise<string> {
    const { columns, parameters, casts } = columnsOf(values);
    const row = await sqlRow<{ id: string }>(
      em,
      `INSERT INTO proposals (proposer_id, ${columns.join(', ')})
       VALUES ($1, ${columns.map((_, i) => `$${i + 2}${casts[i]}`).join(', ')}) RETURNING id`,
      [proposerId, ...parameters],
    );
    return row!.id;
  }

  async update(em: EntityManager, id: string, values: ProposalValues): Promise<void> {
    const { columns, parameters, casts } = columnsOf(values);
    if (columns.length === 0) return;
    await sqlRun(
      em,
      `UPDATE proposals SET ${columns.map((column, i) => `${column} = $${i + 2}${casts[i]}`).join(', ')},
         updated_at = now(), version = version + 1 WHERE id = $1`,
      [id, ...parameters],
    );
  }

  /** A new status; `reason` null keeps the last one, `reviewerId` null keeps the reviewer. */
  async setStatus(em: EntityManager, id: string, to: ProposalStatus, reason: string | null, reviewerId: string | null): Promise<void> {
    await sqlRun(
      em,
      `UPDATE proposals SET status = $2, decision_reason = CASE WHEN $3::text IS NULL THEN decision_reason ELSE $3 END,
         reviewer_id = CASE WHEN $4 THEN $5::uuid ELSE reviewer_id END, updated_at = now(), version = version + 1
       WHERE id = $1`,
      [id, to, reason, reviewerId !== null, reviewerId],
    );
  }

  async markAccepted(em: EntityManager, id: string, instrumentId: string, reviewerId: string): Promise<void> {
    await sqlRun(
      em,
      `UPDATE proposals SET status = 'ACCEPTED', instrument_id = $2, reviewer_id = $3, decision_reason = NULL,
         updated_at = now(), version = version + 1 WHERE id = $1`,
      [id, instrumentId, reviewerId],
    );
  }

  /** `fields`: on a request for changes, the proposal's fields at that moment. */
  async addEvent(
    em: EntityManager,
    id: string,
    from: string | null,
    to: string,
    reason: string | null,
    viewer: Viewer,
    fields: Record<string, unknown> | null = null,
  ): Promise<void> {
    await sqlRun(
      em,
      `INSERT INTO proposal_events (proposal_id, from_status, to_status, reason, actor_id, actor_name, fields)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [id, from, to, reason, viewer.accountId, viewer.displayName, fields === null ? null : JSON.stringify(fields)],
    );
  }

  /** Locks the row until the transaction ends. */
  async lock(em: EntityManager, id: string): Promise<void> {
    await sqlRows(em, `SELECT 1 FROM proposals WHERE id = $1 FOR UPDATE`, [id]);
  }

  byId(id: string, db: Db = this.dataSource): Promise<Proposal | undefined> {
    return sqlRow<Proposal>(db, `SELECT ${PROPOSAL_COLUMNS} FROM ${PROPOSAL_FROM} WHERE p.id = $1`, [id]);
  }

  byInstrumentIds(ids: readonly string[]): Promise<Proposal[]> {
    return sqlRows<Proposal>(this.dataSource, `SELECT ${PROPOSAL_COLUMNS} FROM ${PROPOSAL_FROM} WHERE p.instrument_id = ANY($1::uuid[])`, [ids]);
  }

  /** Events of several proposals, oldest first. */
  eventsOf(ids: readonly string[]): Promise<(ProposalEvent & { proposalId: string })[]> {
    return sqlRows(
      this.dataSource,
      `SELECT proposal_id AS "proposalId", from_status AS "from", to_status AS "to", reason, actor_name AS "by", at, fields
       FROM proposal_events WHERE proposal_id = ANY($1::uuid[]) ORDER BY at, id`,
      [ids],
    );
  }

  byProposer(accountId: string): Promise<Proposal[]> {
    return sqlRows<Proposal>(
      this.dataSource,
      `SELECT ${PROPOSAL_COLUMNS} FROM ${PROPOSAL_FROM} WHERE p.proposer_id = $1 ORDER BY p.created_at DESC, p.id DESC`,
      [accountId],
    );
  }

  /** The queue, oldest first, after a (created_at, id) key; each row with its key as text. */
  page(status: ProposalStatus | null, after: [string, string] | null, limit: number): Promise<(Proposal & { cursorKey: string })[]> {
    return sqlRows(
      this.dataSource,
      `SELECT ${PROPOSAL_COLUMNS}, to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorKey"
       FROM ${PROPOSAL_FROM}
       WHERE ($1::proposal_status IS NULL OR p.status = $1)
         AND ($2::timestamptz IS NULL OR (p.created_at, p.id) > ($2::timestamptz, $3::uuid))
       ORDER BY p.created_at, p.id LIMIT $4`,
      [status, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async count(status: ProposalStatus | null): Promise<number> {
    const row = await sqlRow<{ count: number }>(
      this.dataSource,
      `SELECT count(*)::int AS count FROM proposals WHERE ($1::proposal_status IS NULL OR status = $1)`,
      [status],
    );
    return row!.count;
  }

  /** See ProposalsService.similar; asked while typing, so it is a prepared statement. */
  similar(title: string, summary: string): Promise<SimilarItem[]> {
    return preparedQuery<SimilarItem>(
      this.dataSource,
      'similar-instruments',
      `WITH q AS MATERIALIZED (SELECT lower(nlc_unaccent($1)) AS t, websearch_to_tsquery('dutch', nlc_unaccent($2)) AS s),
       near AS (
         SELECT DISTINCT d.word
         FROM unnest(nlc_title_words((SELECT t FROM q))) AS typed(w)
         CROSS JOIN LATERAL (SELECT word FROM title_words ORDER BY word <-> typed.w LIMIT 3) d
       ),
       candidates AS (
         SELECT id FROM instruments WHERE search_title = (SELECT t FROM q)
         UNION
         SELECT c.instrument_id FROM near
         CROSS JOIN LATERAL (SELECT instrument_id FROM instrument_title_words itw WHERE itw.word = near.word LIMIT 20) c
       ),
       -- The 20 nearest titles first (narrow rows, by key); full text only for those.
       nearest AS (
         SELECT i.id, similarity((SELECT t FROM q), i.search_title) AS title_score
         FROM candidates c CROSS JOIN LATERAL (SELECT id, search_title FROM instruments WHERE id = c.id OFFSET 0) i
         ORDER BY 2 DESC LIMIT 20
       )
       SELECT * FROM (
         (SELECT 'INSTRUMENT' AS kind, i.id, i.title, i.slug, i.status::text AS status,
                 (n.title_score + ts_rank(i.search_vector, q.s))::float8 AS score
          FROM nearest n JOIN instruments i ON i.id = n.id, q
          WHERE q.t % i.search_title OR i.search_vector @@ q.s
          ORDER BY score DESC LIMIT 5)
         UNION ALL
         (SELECT 'PROPOSAL', p.id, p.title, NULL, p.status::text,
                 (similarity(q.t, p.search_title) + ts_rank(to_tsvector('dutch', nlc_unaccent(p.summary)), q.s))::float8
          FROM proposals p, q
          WHERE p.status = ANY($3::proposal_status[])
            AND (q.t % p.search_title OR to_tsvector('dutch', nlc_unaccent(p.summary)) @@ q.s)
          ORDER BY 6 DESC LIMIT 5)
       ) found ORDER BY score DESC, id LIMIT 5`,
      [title, summary, OPEN_PROPOSAL_STATUSES],
    );
  }
}
