import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { FollowFrequency, FollowKind } from '#domain';
import { sqlRow, sqlRows, sqlRun, type Db } from '../database/typed-sql.js';
import type { Follow } from './follow.model.js';

export interface FollowRow extends Follow {
  accountId: string;
  /** created_at as the cursor's text (microseconds, UTC). */
  cursorKey: string;
}

export type FollowTarget = { kind: 'INSTRUMENT'; instrumentId: string } | { kind: 'PHASE'; phaseId: number } | { kind: 'COLLECTION'; collectionId: string };

const COLUMNS = `f.id, f.kind, f.account_id AS "accountId", f.instrument_id AS "instrumentId", p.code AS "phaseCode",
  f.collection_id AS "collectionId", f.created_at AS "createdAt",
  to_char(f.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorKey"`;
const FROM = `follows f LEFT JOIN phases p ON p.id = f.phase_id`;

/** The SQL of a member's follows and follow settings, with typed rows. */
@Injectable()
export class FollowingQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The new follow's id; undefined when the member follows this already (the unique indexes say so). */
  async insert(db: Db, accountId: string, target: FollowTarget): Promise<string | undefined> {
    const row = await sqlRow<{ id: string }>(
      db,
      `INSERT INTO follows (account_id, kind, instrument_id, phase_id, collection_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        accountId,
        target.kind,
        target.kind === 'INSTRUMENT' ? target.instrumentId : null,
        target.kind === 'PHASE' ? target.phaseId : null,
        target.kind === 'COLLECTION' ? target.collectionId : null,
      ],
    );
    return row?.id;
  }

  /** The member's follow of this target, if any. */
  existing(db: Db, accountId: string, target: FollowTarget): Promise<FollowRow | undefined> {
    const [column, value] =
      target.kind === 'INSTRUMENT' ? ['instrument_id', target.instrumentId] : target.kind === 'PHASE' ? ['phase_id', target.phaseId] : ['collection_id', target.collectionId];
    return sqlRow<FollowRow>(db, `SELECT ${COLUMNS} FROM ${FROM} WHERE f.account_id = $1 AND f.${column} = $2`, [accountId, value]);
  }

  byId(db: Db, id: string): Promise<FollowRow | undefined> {
    return sqlRow<FollowRow>(db, `SELECT ${COLUMNS} FROM ${FROM} WHERE f.id = $1`, [id]);
  }

  /** The member's follows, newest first, after a key [created_at, id]. */
  page(accountId: string, after: readonly [string, string] | null, limit: number): Promise<FollowRow[]> {
    return sqlRows<FollowRow>(
      this.dataSource,
      `SELECT ${COLUMNS} FROM ${FROM} WHERE f.account_id = $1
         AND ($2::timestamptz IS NULL OR (f.created_at, f.id) < ($2::timestamptz, $3::uuid))
       ORDER BY f.created_at DESC, f.id DESC LIMIT ${Number(limit)}`,
      [accountId, after?.[0] ?? null, after?.[1] ?? null],
    );
  }

  async count(accountId: string): Promise<number> {
    return (await sqlRow<{ count: number }>(this.dataSource, `SELECT count(*)::int AS count FROM follows WHERE account_id = $1`, [accountId]))!.count;
  }

  /** The member's direct follows of these instruments or kits (for `viewerFollow`). */
  ofTargets(accountId: string, kind: Extract<FollowKind, 'INSTRUMENT' | 'COLLECTION'>, ids: readonly string[]): Promise<FollowRow[]> {
    const column = kind === 'INSTRUMENT' ? 'instrument_id' : 'collection_id';
    return sqlRows<FollowRow>(this.dataSource, `SELECT ${COLUMNS} FROM ${FROM} WHERE f.account_id = $1 AND f.${column} = ANY($2::uuid[])`, [accountId, ids]);
  }

  /** Removes the member's own follow; 0 when there is none with this id (or it is someone else's). */
  remove(db: Db, accountId: string, id: string): Promise<number> {
    return sqlRun(db, `DELETE FROM follows WHERE id = $1 AND account_id = $2`, [id, accountId]);
  }

  async frequency(db: Db, accountId: string): Promise<FollowFrequency> {
    const row = await sqlRow<{ frequency: FollowFrequency }>(db, `SELECT frequency FROM follow_settings WHERE account_id = $1`, [accountId]);
    return row?.frequency ?? 'IMMEDIATE';
  }

  async setFrequency(db: Db, accountId: string, frequency: FollowFrequency): Promise<void> {
    await sqlRun(
      db,
      `INSERT INTO follow_settings (account_id, frequency) VALUES ($1, $2)
       ON CONFLICT (account_id) DO UPDATE SET frequency = EXCLUDED.frequency, updated_at = now()`,
      [accountId, frequency],
    );
  }

  instrumentExists(id: string): Promise<boolean> {
    return sqlRow(this.dataSource, `SELECT 1 FROM instruments WHERE id = $1`, [id]).then((r) => !!r);
  }

  phaseId(code: string): Promise<number | undefined> {
    return sqlRow<{ id: number }>(this.dataSource, `SELECT id FROM phases WHERE code = $1`, [code]).then((r) => r?.id);
  }

  publishedCollectionExists(id: string): Promise<boolean> {
    return sqlRow(this.dataSource, `SELECT 1 FROM collections WHERE id = $1 AND status = 'PUBLISHED'`, [id]).then((r) => !!r);
  }

  /** The name of what a follow token names (title, phase label, kit title), even after the follow ended; undefined when it is gone. */
  targetLabel(kind: FollowKind, targetId: string): Promise<string | undefined> {
    const sql = {
      INSTRUMENT: `SELECT title AS label FROM instruments WHERE id::text = $1`,
      PHASE: `SELECT label_nl AS label FROM phases WHERE code = $1`,
      COLLECTION: `SELECT title AS label FROM collections WHERE id::text = $1`,
    }[kind];
    return sqlRow<{ label: string }>(this.dataSource, sql, [targetId]).then((r) => r?.label);
  }

  accountEmail(accountId: string): Promise<string | undefined> {
    return sqlRow<{ email: string }>(this.dataSource, `SELECT email FROM accounts WHERE id::text = $1`, [accountId]).then((r) => r?.email);
  }
}
