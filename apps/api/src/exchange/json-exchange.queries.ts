import type { EntityManager } from 'typeorm';
import type { PilotState } from '#domain';
import { sqlRows, sqlRun, type Db } from '../database/typed-sql.js';

/**
 * The SQL of the practice-report and pilot files. Writes go straight to the tables, in the
 * import's one transaction; the rules are the inputs' and the services' (checked before).
 */

/** Ids of the instruments with these slugs. */
export async function instrumentIdsBySlug(em: EntityManager, slugs: readonly string[]): Promise<Map<string, string>> {
  const rows = await sqlRows<{ id: string; slug: string }>(em, `SELECT id, slug FROM instruments WHERE slug = ANY($1::text[]) FOR KEY SHARE`, [slugs]);
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/** Ids of the accounts with these (normalised) e-mail addresses. */
export async function accountIdsByEmail(em: EntityManager, emails: readonly string[]): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const rows = await sqlRows<{ id: string; email: string }>(em, `SELECT id, email FROM accounts WHERE email = ANY($1::text[])`, [emails]);
  return new Map(rows.map((r) => [r.email, r.id]));
}

/** What a practice report tells, under the API's field names. */
interface PracticeReportStory {
  communityName: string | null;
  sectors: string[];
  partnerKinds: string[];
  phase: string;
  periodFrom: string;
  periodTo: string | null;
  whatWeDid: string;
  whatItYielded: string;
  whatWeWouldChange: string;
}

/** A published practice report as the file holds it; `contact` only for signed-in readers, as in the API. */
export interface PracticeReportRecord extends PracticeReportStory {
  instrument: string;
  contact?: string | null;
  /** The author's display name, as the API shows it; not imported. */
  author: string;
  /** Not imported: an imported report is published when it is imported. */
  publishedAt: Date;
}

/** Every published report, by instrument, period and text: what the import recognises a report by, so a
 *  round trip into another catalogue (where every report is published at the same moment) keeps the order. */
export function publishedPracticeReports(db: Db): Promise<PracticeReportRecord[]> {
  return sqlRows<PracticeReportRecord>(
    db,
    `SELECT i.slug AS instrument, r.community_name AS "communityName", r.sectors, r.partner_kinds AS "partnerKinds", r.phase,
            r.period_from AS "periodFrom", r.period_to AS "periodTo", r.what_we_did AS "whatWeDid",
            r.what_it_yielded AS "whatItYielded", r.what_we_would_change AS "whatWeWouldChange", r.contact,
            a.display_name AS author, r.published_at AS "publishedAt"
     FROM practice_reports r JOIN instruments i ON i.id = r.instrument_id JOIN accounts a ON a.id = r.author_id
     WHERE r.status = 'PUBLISHED'
     ORDER BY i.slug, r.period_from, r.what_we_did, r.id`,
  );
}

/** The key an imported report is recognised by: instrument, first month and what they did. */
export function practiceReportKey(instrumentId: string, periodFrom: string, whatWeDid: string): string {
  return JSON.stringify([instrumentId, periodFrom, whatWeDid]);
}

/** The keys of these instruments' reports, whatever their status. */
export async function practiceReportKeys(em: EntityManager, instrumentIds: readonly string[]): Promise<Set<string>> {
  const rows = await sqlRows<{ instrumentId: string; periodFrom: string; whatWeDid: string }>(
    em,
    `SELECT instrument_id AS "instrumentId", period_from AS "periodFrom", what_we_did AS "whatWeDid"
     FROM practice_reports WHERE instrument_id = ANY($1::uuid[])`,
    [instrumentIds],
  );
  return new Set(rows.map((r) => practiceReportKey(r.instrumentId, r.periodFrom, r.whatWeDid)));
}

export interface PracticeReportToInsert extends PracticeReportStory {
  instrumentId: string;
  authorId: string;
  contact: string | null;
}

/** Inserts the reports as published, decided by the importing curator. */
export async function insertPublishedReports(em: EntityManager, reports: readonly PracticeReportToInsert[], curatorId: string): Promise<void> {
  if (reports.length === 0) return;
  await sqlRun(
    em,
    `INSERT INTO practice_reports (instrument_id, author_id, status, decided_by_id, published_at, community_name, sectors, partner_kinds,
                                   phase, period_from, period_to, what_we_did, what_it_yielded, what_we_would_change, contact)
     SELECT v."instrumentId", v."authorId", 'PUBLISHED', $2::uuid, now(), v."communityName",
            ARRAY(SELECT json_array_elements_text(v.sectors)), ARRAY(SELECT json_array_elements_text(v."partnerKinds")),
            v.phase, v."periodFrom", v."periodTo", v."whatWeDid", v."whatItYielded", v."whatWeWouldChange", v.contact
     FROM json_to_recordset($1::json) AS v("instrumentId" uuid, "authorId" uuid, "communityName" text, sectors json, "partnerKinds" json,
                                           phase text, "periodFrom" text, "periodTo" text, "whatWeDid" text, "whatItYielded" text,
                                           "whatWeWouldChange" text, contact text)`,
    [JSON.stringify(reports), curatorId],
  );
}

export interface PilotToImport {
  instrumentId: string;
  community: string;
  startsOn: string;
  endsOn: string | null;
  state: PilotState;
  note: string | null;
}

export interface StoredPilot extends PilotToImport {
  id: string;
  feedbackCount: number;
}

/** The pilots of these instruments, locked, the oldest first (the one a key matches when two share it). */
export function lockPilotsOf(em: EntityManager, instrumentIds: readonly string[]): Promise<StoredPilot[]> {
  return sqlRows<StoredPilot>(
    em,
    `SELECT p.id, p.instrument_id AS "instrumentId", p.community, to_char(p.starts_on, 'YYYY-MM-DD') AS "startsOn",
            to_char(p.ends_on, 'YYYY-MM-DD') AS "endsOn", p.state, p.note,
            (SELECT count(*)::int FROM pilot_feedback f WHERE f.pilot_id = p.id) AS "feedbackCount"
     FROM pilots p WHERE p.instrument_id = ANY($1::uuid[])
     ORDER BY p.created_at, p.id FOR UPDATE`,
    [instrumentIds],
  );
}

export async function insertPilots(em: EntityManager, pilots: readonly PilotToImport[], curatorId: string): Promise<void> {
  if (pilots.length === 0) return;
  await sqlRun(
    em,
    `INSERT INTO pilots (instrument_id, community, starts_on, ends_on, state, note, recorded_by_id)
     SELECT v."instrumentId", v.community, v."startsOn"::date, v."endsOn"::date, v.state::pilot_state, v.note, $2::uuid
     FROM json_to_recordset($1::json) AS v("instrumentId" uuid, community text, "startsOn" text, "endsOn" text, state text, note text)`,
    [JSON.stringify(pilots), curatorId],
  );
}

export async function updatePilots(em: EntityManager, pilots: readonly { id: string; endsOn: string | null; state: PilotState; note: string | null }[]): Promise<void> {
  if (pilots.length === 0) return;
  await sqlRun(
    em,
    `UPDATE pilots p SET ends_on = v."endsOn"::date, state = v.state::pilot_state, note = v.note, updated_at = now()
     FROM json_to_recordset($1::json) AS v(id uuid, "endsOn" text, state text, note text) WHERE p.id = v.id`,
    [JSON.stringify(pilots)],
  );
}
