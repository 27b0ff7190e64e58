import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  IMPORT_ASSESSMENT_REASON,
  allowedNextStatuses,
  classifyTransition,
  type EvidenceLevel,
  type PrototypeStatus,
} from '#domain';
import { readInstrumentStates, type InstrumentState } from '../catalogue/instrument-state.js';
import {
  applyEvidenceChanges,
  applyFieldChanges,
  applyStatusChanges,
  createInstruments,
  type Actor,
  type NewInstrument,
} from '../catalogue/instrument-writes.js';
import type { Fields } from '../catalogue/instrument-fields.normalise.js';
import { diffState } from '../catalogue/instrument-state.js';
import { isForeignKeyViolation, isUniqueViolation } from '../database/postgres-errors.js';
import { lockLineage } from '../lineage/derived-from.js';
import { VocabularyAdminService } from '../vocabularies/vocabulary-admin.service.js';
import { VocabularyService, type VocabularySnapshot } from '../vocabularies/vocabulary.service.js';
import type { Separator } from './export-query.js';
import { isJsonFile, parseImportFile, parseJsonImportFile, type ProgressListener } from './import-file.js';
import { lockImports, selectExchangeExtras, type ExchangeExtras } from './import.queries.js';
import { lineageTitles, planLineage, writeLineage, type LineagePlan } from './import-lineage.js';
import { failedReport, type ImportProblem, type ImportReport } from './import-report.js';
import { checkRows, type ImportItem, type MissingTerm } from './import-rows.js';

export interface ImportOptions {
  dryRun: boolean;
  /** Create vocabulary codes the catalogue does not know yet (labels = the code; curators relabel them). */
  createMissing: boolean;
  /** Detected from the header line when left out. */
  separator?: Separator;
  actor: Actor;
  onProgress?: ProgressListener;
}

/** Notes on the status-history rows an import writes. */
export const IMPORT_NOTE_CREATED = 'Geïmporteerd';
export const IMPORT_NOTE_CHANGED = 'Gewijzigd via import';

/** Instruments written per call, so that progress can be told while one transaction runs. */
const WRITE_BATCH = 1000;

interface Plan extends LineagePlan {
  creates: NewInstrument[];
  updates: { current: InstrumentState; fields: Fields }[];
  statuses: { id: string; from: PrototypeStatus; to: PrototypeStatus; note: string | null; replacedBy?: string }[];
  evidence: { id: string; from: EvidenceLevel; to: EvidenceLevel; reason: string }[];
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

/** The catalogue as the plan sees it: states and extras by slug. */
interface Known {
  states: Map<string, InstrumentState>;
  extras: Map<string, ExchangeExtras>;
}

/** Thrown at the end of a dry run's transaction, to roll it back and answer its report. */
class DryRunDone extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run done');
  }
}

/** Thrown inside the transaction to roll it back with a report. */
class ImportRejected extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('import rejected');
  }
}

/**
 * Imports a CSV file of instruments: parse and check every row first, then upsert by slug in
 * one transaction (all rows or none) with the same status-history and revision rows as
 * curation. A dry run checks against the catalogue and writes nothing.
 */
@Injectable()
export class ImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vocabularies: VocabularyService,
    private readonly vocabularyAdmin: VocabularyAdminService,
  ) {}

  /** `source` is a file's bytes, or a JSON body already parsed. */
  async import(source: Buffer | unknown, options: ImportOptions): Promise<ImportReport> {
    // The JSON export comes back as JSON: an uploaded file that is one, or a body Express parsed already.
    const file =
      !Buffer.isBuffer(source) || isJsonFile(source)
        ? parseJsonImportFile(source)
        : await parseImportFile(source, { separator: options.separator, onProgress: options.onProgress });
    if (file.problems.length) return failedReport(options.dryRun, file.count, file.problems);

    const checked = checkRows(file.rows, await this.vocabularies.snapshot(), options.createMissing);
    options.onProgress?.({ phase: 'check', done: file.rows.length, total: file.rows.length });

    const report = (plan: Plan): ImportReport => ({
      ok: true,
      dryRun: options.dryRun,
      rows: file.count,
      created: plan.creates.length,
      updated: plan.updated,
      unchanged: plan.unchanged,
      createdTerms: checked.missing,
      problems: [],
    });

    if (checked.problems.length) {
      // The valid rows are compared with the catalogue too, so one report tells everything.
      const plan = this.plan(checked.items, await this.known(this.dataSource.manager, checked.items, false));
      const problems = [...checked.problems, ...plan.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      return failedReport(options.dryRun, file.count, problems);
    }

    try {
      // A dry run is the import itself, rolled back: it finds what only writing finds (a cycle of "afgeleid van").
      return await this.dataSource.transaction(async (em) => {
        // One import at a time: a second one waits, then sees the first one's instruments.
        await lockImports(em);
        // Before any instrument row is locked, as lineage writes require (lineage/derived-from.ts).
        if (checked.items.some((item) => item.derivedFrom !== undefined)) await lockLineage(em);
        const vocabulary = await this.createTerms(em, checked.missing);
        const plan = this.plan(checked.items, await this.known(em, checked.items, true));
        if (plan.problems.length) throw new ImportRejected(plan.problems);
        await this.write(em, plan, vocabulary, options);
        if (options.dryRun) throw new DryRunDone(report(plan));
        return report(plan);
      });
    } catch (error) {
      if (error instanceof DryRunDone) return error.report;
      if (error instanceof ImportRejected) return failedReport(options.dryRun, file.count, error.problems);
      if (isUniqueViolation(error) || isForeignKeyViolation(error)) {
        return failedReport(options.dryRun, file.count, [
          {
            row: null,
            column: null,
            code: 'CHANGED_DURING_IMPORT',
            params: {},
            problem:
              'Another curator changed the catalogue or its vocabularies during the import; nothing was written. Run the import again.',
          },
        ]);
      }
      throw error;
    }
  }

  /**
   * The current states and extras of the file's slugs and of the slugs its lineage names,
   * locked for a real run.
   */
  private async known(em: EntityManager, items: ImportItem[], lock: boolean): Promise<Known> {
    const named = items.flatMap((i) => [i.derivedFrom, i.replacedBy]).filter((slug): slug is string => !!slug);
    const slugs = [...new Set([...items.map((i) => i.slug), ...named])];
    const states = await readInstrumentStates(em, { slugs }, { lock });
    const extras = await selectExchangeExtras(em, { slugs: items.map((i) => i.slug) });
    return { states: new Map(states.map((s) => [s.slug, s])), extras: new Map(extras.map((e) => [e.slug, e])) };
  }

  /** Creates the codes still missing now (a curator may have added some since the check). */
  private async createTerms(em: EntityManager, missing: MissingTerm[]): Promise<VocabularySnapshot> {
    const before = await this.vocabularies.snapshot(em);
    const still = missing.filter((term) => !before.termByCode(term.vocabulary, term.code));
    if (still.length === 0) return before;
    for (const term of still) {
      await this.vocabularyAdmin.create(
        { vocabulary: term.vocabulary.toUpperCase() as Uppercase<typeof term.vocabulary>, code: term.code, labelNl: term.code, labelEn: term.code },
        em,
      );
    }
    return this.vocabularies.snapshot(em);
  }

  /**
   * New slugs become instruments in the status the file gives (an inventory records where an
   * instrument already is); existing ones change only what differs, and their status only by
   * an allowed lifecycle move. Lineage names instruments of the catalogue or of the file.
   */
  private plan(items: ImportItem[], known: Known): Plan {
    const plan: Plan = {
      creates: [],
      updates: [],
      statuses: [],
      evidence: [],
      derivations: [],
      successors: [],
      updated: 0,
      unchanged: 0,
      problems: [],
    };
    const inFile = new Map(items.map((i) => [i.slug, i]));
    /** The status an instrument will have after the import. */
    const finalStatus = (slug: string) => inFile.get(slug)?.status ?? known.states.get(slug)?.status ?? 'IDEA';
    for (const item of items) {
      const current = known.states.get(item.slug);
      const extras = known.extras.get(item.slug);
      const isKnown = (slug: string) => inFile.has(slug) || known.states.has(slug);
      let changed = planLineage(plan, item, extras, { isKnown, finalStatus, isNew: !current });
      if (!current) {
        plan.creates.push({
          slug: item.slug,
          fields: item.fields,
          status: item.status ?? 'IDEA',
          evidenceLevel: item.evidenceLevel ?? 'NOT_ASSESSED',
          createdAt: item.createdAt ?? null,
          statusNote: IMPORT_NOTE_CREATED,
          evidenceReason: item.evidenceReason ?? IMPORT_ASSESSMENT_REASON,
        });
        continue;
      }
      if (diffState(current, item.fields).length > 0) {
        plan.updates.push({ current, fields: item.fields });
        changed = true;
      }
      if (item.status && item.status !== current.status) {
        if (!classifyTransition(current.status, item.status)) {
          const allowed = allowedNextStatuses(current.status);
          plan.problems.push({
            row: item.row,
            column: 'status',
            code: 'STATUS_STEP',
            params: { slug: item.slug, from: current.status, to: item.status, allowed: allowed.join(', ') },
            problem:
              `"${item.slug}" cannot go from ${current.status} to ${item.status} in one step; ` +
              (allowed.length ? `allowed next: ${allowed.join(', ')}` : 'a retired instrument stays retired'),
          });
        }
        // Retiring names the successor in the same step, as retireInstrument does.
        const successor = plan.successors.find((s) => s.slug === item.slug && s.replacedBy);
        if (successor && item.status === 'RETIRED') plan.successors.splice(plan.successors.indexOf(successor), 1);
        plan.statuses.push({
          id: current.id,
          from: current.status,
          to: item.status,
          note: IMPORT_NOTE_CHANGED,
          ...(successor && item.status === 'RETIRED' ? { replacedBy: successor.replacedBy! } : {}),
        });
        changed = true;
      }
      const level = item.evidenceLevel ?? current.evidenceLevel;
      // A changed level is an assessment; so is a changed reason (at the same level), as assessEvidence allows.
      const reasonChanged = item.evidenceReason !== undefined && item.evidenceReason !== (extras?.evidenceReason ?? null);
      if (level !== current.evidenceLevel || reasonChanged) {
        plan.evidence.push({ id: current.id, from: current.evidenceLevel, to: level, reason: item.evidenceReason ?? IMPORT_ASSESSMENT_REASON });
        changed = true;
      }
      if (changed) plan.updated += 1;
      else plan.unchanged += 1;
    }
    return plan;
  }

  private async write(em: EntityManager, plan: Plan, vocabulary: VocabularySnapshot, options: ImportOptions): Promise<void> {
    const total = plan.creates.length + plan.updates.length + plan.statuses.length + plan.evidence.length;
    let done = 0;
    const step = async <T>(items: T[], work: (batch: T[]) => Promise<unknown>) => {
      for (let start = 0; start < items.length; start += WRITE_BATCH) {
        const batch = items.slice(start, start + WRITE_BATCH);
        await work(batch);
        done += batch.length;
        options.onProgress?.({ phase: 'write', done, total });
      }
    };
    await step(plan.creates, (batch) => createInstruments(em, batch, vocabulary, options.actor));
    await step(plan.updates, (batch) => applyFieldChanges(em, batch, vocabulary, options.actor));
    // Every instrument the lineage names exists now: the catalogue's (locked) and the file's new ones.
    const titles = await lineageTitles(em, plan);
    await step(plan.statuses, (batch) =>
      applyStatusChanges(
        em,
        batch.map(({ replacedBy, ...change }) => ({ ...change, replacedBy: replacedBy ? titles.get(replacedBy)! : null })),
        options.actor,
      ),
    );
    await step(plan.evidence, (batch) => applyEvidenceChanges(em, batch, options.actor));
    const problems = await writeLineage(em, plan, titles, options.actor);
    if (problems.length) throw new ImportRejected(problems);
  }
}
