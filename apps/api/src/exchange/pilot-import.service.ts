import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PILOT_LIMITS, pilotPeriodValid, pilotTakesFeedback, type PilotState } from '#domain';
import { RecordPilotInput } from '../pilots/pilot.inputs.js';
import type { ImportReport } from './import-report.js';
import { insertPilots, instrumentIdsBySlug, lockPilotsOf, updatePilots, type PilotToImport, type StoredPilot } from './json-exchange.queries.js';
import { checkInput, parseJsonRows, Problems, runJsonImport, slugOf, type Curator, type JsonFields } from './json-import.js';

/** What GET /export/pilots.json writes: the import reads the pilot itself and leaves its id, times and feedback numbers alone. */
export const PILOT_FIELDS: JsonFields = {
  importable: ['instrument', 'community', 'startsOn', 'endsOn', 'state', 'note'],
  ignored: ['id', 'createdAt', 'updatedAt', 'feedbackSummary'],
};

const keyOf = (instrumentId: string, community: string, startsOn: string) => JSON.stringify([instrumentId, community, startsOn]);

/**
 * Pilots from the file GET /export/pilots.json writes, recognised by (instrument, community,
 * startsOn): a known pilot gets the file's end, state and note; another one is recorded by
 * the importing curator. Feedback is not imported (it is each member's own). A key left out
 * keeps the value (a new pilot gets recordPilot's default), null clears endsOn and note. The
 * instrument may have any status: a file also records pilots that led to AVAILABLE.
 */
@Injectable()
export class PilotImportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async import(source: Buffer | unknown, options: { dryRun: boolean; actor: Curator }): Promise<ImportReport> {
    const file = parseJsonRows(source, PILOT_FIELDS);
    const problems = new Problems();
    problems.list.push(...file.problems);
    const checked: { row: number; slug: string; values: Record<string, unknown>; input: RecordPilotInput }[] = [];
    for (const row of file.rows) {
      const before = problems.list.length;
      const slug = slugOf(row, 'instrument', problems);
      const { instrument: _, ...values } = row.values;
      const input = checkInput(RecordPilotInput, { row: row.row, values }, ['instrumentId'], problems);
      // What recordPilot checks beyond its input: the trimmed community, the period's order.
      if (typeof input.community === 'string' && input.community.trim().length < PILOT_LIMITS.community.min) {
        problems.add(row.row, 'community', 'INVALID_VALUE', { rule: 'length', min: PILOT_LIMITS.community.min, max: PILOT_LIMITS.community.max }, 'community is empty');
      }
      if (problems.list.length === before && !pilotPeriodValid(input.startsOn, input.endsOn)) {
        problems.add(row.row, 'endsOn', 'PERIOD_ORDER', {}, 'the pilot cannot end before it starts');
      }
      if (problems.list.length === before && slug) checked.push({ row: row.row, slug, values, input });
    }

    return runJsonImport(this.dataSource, { dryRun: options.dryRun, lock: 'nlc:pilot-import', rows: file.count }, problems, async (em) => {
      const instruments = await instrumentIdsBySlug(em, [...new Set(checked.map((c) => c.slug))]);
      const stored = new Map<string, StoredPilot>();
      for (const pilot of await lockPilotsOf(em, [...instruments.values()])) {
        const key = keyOf(pilot.instrumentId, pilot.community, pilot.startsOn);
        if (!stored.has(key)) stored.set(key, pilot);
      }
      const inFile = new Map<string, number>();
      const inserts: PilotToImport[] = [];
      const updates: { id: string; endsOn: string | null; state: PilotState; note: string | null }[] = [];
      let unchanged = 0;
      for (const { row, slug, values, input } of checked) {
        const instrumentId = instruments.get(slug);
        if (!instrumentId) {
          problems.add(row, 'instrument', 'UNKNOWN_INSTRUMENT', { slug }, `there is no instrument "${slug}"`);
          continue;
        }
        const community = input.community.trim();
        const key = keyOf(instrumentId, community, input.startsOn);
        if (inFile.has(key)) {
          problems.add(row, null, 'DUPLICATE_ROW', { row: inFile.get(key)! }, `is the same pilot as row ${inFile.get(key)} (instrument, community, startsOn)`);
          continue;
        }
        inFile.set(key, row);
        const note = (value: unknown) => (typeof value === 'string' ? value.trim() || null : null);
        const current = stored.get(key);
        if (!current) {
          inserts.push({ instrumentId, community, startsOn: input.startsOn, endsOn: input.endsOn ?? null, state: input.state ?? 'PLANNED', note: note(input.note) });
          continue;
        }
        const next = {
          id: current.id,
          endsOn: 'endsOn' in values ? (input.endsOn ?? null) : current.endsOn,
          state: input.state ?? current.state,
          note: 'note' in values ? note(input.note) : current.note,
        };
        if (!pilotPeriodValid(current.startsOn, next.endsOn)) {
          problems.add(row, 'endsOn', 'PERIOD_ORDER', {}, 'the pilot cannot end before it starts');
        } else if (current.feedbackCount > 0 && !pilotTakesFeedback(next.state)) {
          // As updatePilot: a pilot with feedback has started.
          problems.add(row, 'state', 'PILOT_HAS_FEEDBACK', { state: next.state }, 'a pilot with feedback has started: it cannot be planned again');
        } else if (next.endsOn === current.endsOn && next.state === current.state && next.note === current.note) unchanged += 1;
        else updates.push(next);
      }
      if (!problems.any) {
        await insertPilots(em, inserts, options.actor.accountId);
        await updatePilots(em, updates);
      }
      return { created: inserts.length, updated: updates.length, unchanged };
    });
  }
}
