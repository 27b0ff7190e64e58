import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PilotState } from '#domain';
import { sqlRow, sqlRows, type Db } from '../database/typed-sql.js';
import type { Pilot, PilotFeedback, PilotMember } from './pilot.model.js';

/** A pilot with its feedback in numbers (summed in SQL, the mean taken in code). */
const PILOT_SELECT = `
  SELECT p.id, p.instrument_id AS "instrumentId", p.community, to_char(p.starts_on, 'YYYY-MM-DD') AS "startsOn",
         to_char(p.ends_on, 'YYYY-MM-DD') AS "endsOn", p.state, p.note, p.created_at AS "createdAt", p.updated_at AS "updatedAt",
         json_build_object('count', count(f.id)::int, 'recommendCount', (count(*) FILTER (WHERE f.recommend))::int,
           'meanUsefulness', avg(f.usefulness)::float8) AS "feedbackSummary"
  FROM pilots p LEFT JOIN pilot_feedback f ON f.pilot_id = p.id`;

const FEEDBACK_SELECT = `
  SELECT f.id, f.pilot_id AS "pilotId", f.account_id AS "accountId", a.display_name AS member, f.worked, f.change, f.recommend,
         f.usefulness, f.given_by_id IS DISTINCT FROM f.account_id AS "onBehalf", f.created_at AS "createdAt"
  FROM pilot_feedback f JOIN accounts a ON a.id = f.account_id`;

export interface PilotToWrite {
  community: string;
  startsOn: string;
  endsOn: string | null;
  state: PilotState;
  note: string | null;
}

/** The SQL of pilots, their invited members and their feedback. `db` is a transaction's manager. */
@Injectable()
export class PilotsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(db: Db, id: string): Promise<Pilot | undefined> {
    return sqlRow<Pilot>(db, `${PILOT_SELECT} WHERE p.id = $1 GROUP BY p.id`, [id]);
  }

  /** The pilots of these instruments, the latest start first. */
  ofInstruments(instrumentIds: readonly string[]): Promise<Pilot[]> {
    return sqlRows<Pilot>(
      this.dataSource,
      `${PILOT_SELECT} WHERE p.instrument_id = ANY($1::uuid[]) GROUP BY p.id ORDER BY p.starts_on DESC, p.created_at DESC, p.id`,
      [instrumentIds],
    );
  }

  /** Every pilot with its instrument's slug, for the public export; by instrument, the latest start first. */
  forExport(): Promise<(Omit<Pilot, 'instrumentId'> & { instrument: string })[]> {
    return sqlRows<Pilot & { instrument: string }>(
      this.dataSource,
      `SELECT i.slug AS instrument, x.* FROM (${PILOT_SELECT} GROUP BY p.id) x JOIN instruments i ON i.id = x."instrumentId"
       ORDER BY i.slug, x."startsOn" DESC, x."createdAt" DESC`,
    ).then((rows) => rows.map(({ instrumentId: _, ...pilot }) => pilot));
  }

  /** The instrument's status, keeping it from being deleted for this transaction; undefined when there is none. */
  async instrumentStatusForKeyShare(db: Db, instrumentId: string): Promise<string | undefined> {
    const row = await sqlRow<{ status: string }>(db, `SELECT status FROM instruments WHERE id = $1 FOR KEY SHARE`, [instrumentId]);
    return row?.status;
  }

  /** The pilot's state and whether it has feedback, locking the pilot for this transaction. */
  async lockPilot(db: Db, id: string): Promise<(PilotToWrite & { feedbackCount: number }) | undefined> {
    return sqlRow<PilotToWrite & { feedbackCount: number }>(
      db,
      `SELECT community, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn", state, note,
              (SELECT count(*)::int FROM pilot_feedback f WHERE f.pilot_id = p.id) AS "feedbackCount"
       FROM pilots p WHERE id = $1 FOR UPDATE`,
      [id],
    );
  }

  async insert(db: Db, instrumentId: string, pilot: PilotToWrite, recordedById: string): Promise<string> {
    const row = await sqlRow<{ id: string }>(
      db,
      `INSERT INTO pilots (instrument_id, community, starts_on, ends_on, state, note, recorded_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [instrumentId, pilot.community, pilot.startsOn, pilot.endsOn, pilot.state, pilot.note, recordedById],
    );
    return row!.id;
  }

  async update(db: Db, id: string, pilot: PilotToWrite): Promise<void> {
    await sqlRows(
      db,
      `UPDATE pilots SET community = $2, starts_on = $3, ends_on = $4, state = $5, note = $6, updated_at = now() WHERE id = $1`,
      [id, pilot.community, pilot.startsOn, pilot.endsOn, pilot.state, pilot.note],
    );
  }

  accountByEmail(db: Db, email: string): Promise<{ id: string; email: string; displayName: string } | undefined> {
    return sqlRow(db, `SELECT id, email, display_name AS "displayName" FROM accounts WHERE email = $1`, [email]);
  }

  /** False when the account was invited before. */
  async invite(db: Db, pilotId: string, accountId: string): Promise<boolean> {
    const rows = await sqlRows(db, `INSERT INTO pilot_members (pilot_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING pilot_id`, [
      pilotId,
      accountId,
    ]);
    return rows.length > 0;
  }

  instrumentOf(db: Db, pilotId: string): Promise<{ title: string; slug: string }> {
    return sqlRow<{ title: string; slug: string }>(db, `SELECT i.title, i.slug FROM pilots p JOIN instruments i ON i.id = p.instrument_id WHERE p.id = $1`, [
      pilotId,
    ]).then((row) => row!);
  }

  async isInvited(db: Db, pilotId: string, accountId: string): Promise<boolean> {
    return !!(await sqlRow(db, `SELECT 1 FROM pilot_members WHERE pilot_id = $1 AND account_id = $2`, [pilotId, accountId]));
  }

  /** The new feedback's id; undefined when this member's feedback for this pilot exists already. */
  async insertFeedback(
    db: Db,
    feedback: { pilotId: string; accountId: string; worked: string; change: string | null; recommend: boolean; usefulness: number; givenById: string },
  ): Promise<string | undefined> {
    const row = await sqlRow<{ id: string }>(
      db,
      `INSERT INTO pilot_feedback (pilot_id, account_id, worked, change, recommend, usefulness, given_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (pilot_id, account_id) DO NOTHING RETURNING id`,
      [feedback.pilotId, feedback.accountId, feedback.worked, feedback.change, feedback.recommend, feedback.usefulness, feedback.givenById],
    );
    return row?.id;
  }

  async feedbackById(db: Db, id: string): Promise<PilotFeedback> {
    return (await sqlRow<PilotFeedback>(db, `${FEEDBACK_SELECT} WHERE f.id = $1`, [id]))!;
  }

  feedbackOf(pilotIds: readonly string[]): Promise<PilotFeedback[]> {
    return sqlRows<PilotFeedback>(this.dataSource, `${FEEDBACK_SELECT} WHERE f.pilot_id = ANY($1::uuid[]) ORDER BY f.created_at, f.id`, [pilotIds]);
  }

  membersOf(pilotIds: readonly string[]): Promise<(PilotMember & { pilotId: string })[]> {
    return sqlRows<PilotMember & { pilotId: string }>(
      this.dataSource,
      `SELECT m.pilot_id AS "pilotId", m.account_id AS "accountId", a.display_name AS "displayName", a.email, m.invited_at AS "invitedAt",
              EXISTS (SELECT 1 FROM pilot_feedback f WHERE f.pilot_id = m.pilot_id AND f.account_id = m.account_id) AS "hasGivenFeedback"
       FROM pilot_members m JOIN accounts a ON a.id = m.account_id
       WHERE m.pilot_id = ANY($1::uuid[]) ORDER BY a.display_name, a.id`,
      [pilotIds],
    );
  }

  /** Of these pilots, the ones this account is invited to. */
  async invitedTo(accountId: string, pilotIds: readonly string[]): Promise<Set<string>> {
    const rows = await sqlRows<{ pilotId: string }>(
      this.dataSource,
      `SELECT pilot_id AS "pilotId" FROM pilot_members WHERE account_id = $1 AND pilot_id = ANY($2::uuid[])`,
      [accountId, pilotIds],
    );
    return new Set(rows.map((r) => r.pilotId));
  }
}
