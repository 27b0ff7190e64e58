import { Injectable } from '@nestjs/common';
import type { FollowFrequency, FollowKind } from '#domain';
import { sqlRow, sqlRows, sqlRun, type Db } from '../database/typed-sql.js';
import type { FollowedInstrument } from './follow-mails.js';

export interface RecipientRow {
  accountId: string;
  to: string;
  name: string;
  frequency: Exclude<FollowFrequency, 'OFF'>;
  followId: string;
  kind: FollowKind;
  /** The instrument's id, the phase's code or the kit's id: what the follow's unsubscribe token names. */
  targetId: string;
  targetLabel: string;
}

export interface DigestItemRow {
  id: string;
  accountId: string;
  to: string;
  name: string;
  instrumentId: string;
  title: string;
  slug: string;
  summary: string;
}

/**
 * Who hears of an event about an instrument, one row per member: with `aboutInstrument`, those who
 * follow it, a published starter kit containing it now (a kit taken back to draft is silent), or one of its phases now; and those who follow one of
 * `enteredPhaseCodes`. A member who follows several of these counts once, by their closest follow
 * (the instrument, then a kit, then a phase). Not the actor, not disabled or unconfirmed accounts,
 * not those whose follow mails are OFF.
 */
const RECIPIENTS = `
  WITH reached AS (
    SELECT id FROM follows WHERE $2 AND instrument_id = $1
    UNION ALL SELECT f.id FROM follows f JOIN collection_items ci ON ci.collection_id = f.collection_id
      JOIN collections c ON c.id = f.collection_id AND c.status = 'PUBLISHED' WHERE $2 AND ci.instrument_id = $1
    UNION ALL SELECT f.id FROM follows f JOIN instrument_phases ip ON ip.phase_id = f.phase_id WHERE $2 AND ip.instrument_id = $1
    UNION ALL SELECT f.id FROM follows f JOIN phases p ON p.id = f.phase_id WHERE p.code = ANY($3::text[])
  ), matched AS (
    SELECT f.account_id, f.id AS follow_id, f.kind,
      CASE f.kind WHEN 'INSTRUMENT' THEN 1 WHEN 'COLLECTION' THEN 2 ELSE 3 END AS closeness,
      COALESCE(f.instrument_id::text, p.code, f.collection_id::text) AS target_id,
      COALESCE(i.title, p.label_nl, c.title) AS target_label
    FROM follows f
    LEFT JOIN instruments i ON i.id = f.instrument_id
    LEFT JOIN phases p ON p.id = f.phase_id
    LEFT JOIN collections c ON c.id = f.collection_id
    WHERE f.id IN (SELECT id FROM reached)
  )
  SELECT DISTINCT ON (m.account_id) m.account_id AS "accountId", a.email AS "to", a.display_name AS name,
    COALESCE(s.frequency, 'IMMEDIATE') AS frequency, m.follow_id AS "followId", m.kind,
    m.target_id AS "targetId", m.target_label AS "targetLabel"
  FROM matched m
  JOIN accounts a ON a.id = m.account_id
  LEFT JOIN follow_settings s ON s.account_id = m.account_id
  WHERE a.disabled_at IS NULL AND a.email_verified_at IS NOT NULL
    AND m.account_id IS DISTINCT FROM $4::uuid AND COALESCE(s.frequency, 'IMMEDIATE') <> 'OFF'
  ORDER BY m.account_id, m.closeness, m.follow_id`;

/** The SQL of follow events and digests; every statement runs in the caller's transaction. */
@Injectable()
export class FollowEventsQueries {
  recipients(db: Db, instrumentId: string, aboutInstrument: boolean, enteredPhaseCodes: readonly string[], actorId: string | null): Promise<RecipientRow[]> {
    return sqlRows<RecipientRow>(db, RECIPIENTS, [instrumentId, aboutInstrument, enteredPhaseCodes, actorId]);
  }

  instrument(db: Db, id: string): Promise<FollowedInstrument | undefined> {
    return sqlRow<FollowedInstrument>(db, `SELECT title, slug FROM instruments WHERE id = $1`, [id]);
  }

  async fileTitle(db: Db, instrumentFileId: string): Promise<string> {
    return (await sqlRow<{ title: string }>(db, `SELECT title FROM instrument_files WHERE id = $1`, [instrumentFileId]))?.title ?? '';
  }

  async addDigestItems(db: Db, instrumentId: string, items: readonly { accountId: string; summary: string }[]): Promise<void> {
    if (!items.length) return;
    await sqlRun(
      db,
      `INSERT INTO follow_digest_items (account_id, instrument_id, summary) SELECT i.account_id, $1, i.summary FROM unnest($2::uuid[], $3::text[]) AS i(account_id, summary)`,
      [instrumentId, items.map((i) => i.accountId), items.map((i) => i.summary)],
    );
  }

  /** Takes the digest job's lock for this transaction; false when another instance holds it. */
  async tryDigestLock(db: Db): Promise<boolean> {
    return (await sqlRow<{ locked: boolean }>(db, `SELECT pg_try_advisory_xact_lock(hashtext('nlc:follow-digest')) AS locked`))!.locked;
  }

  /**
   * The latest digest moment at or before `now`: Monday 08:00 in the Netherlands. Events from
   * before it are due; later ones wait for next Monday.
   */
  async digestCutoff(db: Db, now: Date): Promise<Date> {
    const row = await sqlRow<{ cutoff: Date }>(
      db,
      `WITH t AS (SELECT $1::timestamptz AT TIME ZONE 'Europe/Amsterdam' AS local)
       SELECT (CASE WHEN local >= date_trunc('week', local) + interval '8 hours' THEN date_trunc('week', local) + interval '8 hours'
                    ELSE date_trunc('week', local) - interval '7 days' + interval '8 hours' END) AT TIME ZONE 'Europe/Amsterdam' AS cutoff
       FROM t`,
      [now],
    );
    return row!.cutoff;
  }

  /** Up to `limit` accounts with undigested events from before `cutoff`. */
  async dueAccounts(db: Db, cutoff: Date, limit: number): Promise<string[]> {
    const rows = await sqlRows<{ accountId: string }>(
      db,
      `SELECT DISTINCT account_id AS "accountId" FROM follow_digest_items WHERE digested_at IS NULL AND created_at < $1 ORDER BY 1 LIMIT ${Number(limit)}`,
      [cutoff],
    );
    return rows.map((r) => r.accountId);
  }

  /** Those accounts' due events, oldest first, with what the digest says; locked until the transaction ends. */
  dueItems(db: Db, accountIds: readonly string[], cutoff: Date): Promise<(DigestItemRow & { mailable: boolean })[]> {
    return sqlRows(
      db,
      `SELECT d.id, d.account_id AS "accountId", a.email AS "to", a.display_name AS name, d.instrument_id AS "instrumentId",
         i.title, i.slug, d.summary,
         (a.disabled_at IS NULL AND a.email_verified_at IS NOT NULL AND COALESCE(s.frequency, 'IMMEDIATE') <> 'OFF') AS mailable
       FROM follow_digest_items d
       JOIN accounts a ON a.id = d.account_id
       JOIN instruments i ON i.id = d.instrument_id
       LEFT JOIN follow_settings s ON s.account_id = d.account_id
       WHERE d.account_id = ANY($1::uuid[]) AND d.digested_at IS NULL AND d.created_at < $2
       ORDER BY d.account_id, d.id
       FOR UPDATE OF d`,
      [accountIds, cutoff],
    );
  }

  async markDigested(db: Db, ids: readonly string[]): Promise<void> {
    await sqlRun(db, `UPDATE follow_digest_items SET digested_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
  }
}
