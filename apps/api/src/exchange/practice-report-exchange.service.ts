import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isPeriod, normaliseEmail } from '#domain';
import { SubmitPracticeReportInput } from '../practice-reports/practice-report.inputs.js';
import { VocabularyService } from '../vocabularies/vocabulary.service.js';
import type { ImportReport } from './import-report.js';
import { unknownCode } from './import-rows.js';
import {
  accountIdsByEmail,
  insertPublishedReports,
  instrumentIdsBySlug,
  practiceReportKey,
  practiceReportKeys,
  publishedPracticeReports,
  type PracticeReportRecord,
  type PracticeReportToInsert,
} from './json-exchange.queries.js';
import { checkInput, parseJsonRows, Problems, runJsonImport, slugOf, type Curator, type JsonFields } from './json-import.js';

/** What GET /export/practice-reports.json writes and the import reads; `authorEmail` is the import's own. */
export const PRACTICE_REPORT_FIELDS: JsonFields = {
  importable: [
    'instrument',
    'communityName',
    'sectors',
    'partnerKinds',
    'phase',
    'periodFrom',
    'periodTo',
    'whatWeDid',
    'whatItYielded',
    'whatWeWouldChange',
    'contact',
    'authorEmail',
  ],
  ignored: ['author', 'publishedAt'],
};

/**
 * Published practice reports as a file and back. An imported report is published at once (the
 * curator who imports it decides), written by the account the row's `authorEmail` names or else
 * by the importing curator. A report already there (same instrument, first month and "what we
 * did", whatever its status) is left as it is: its author owns the text.
 */
@Injectable()
export class PracticeReportExchangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vocabularies: VocabularyService,
  ) {}

  async records(withContact: boolean): Promise<PracticeReportRecord[]> {
    const rows = await publishedPracticeReports(this.dataSource);
    return withContact ? rows : rows.map(({ contact: _, ...row }) => row);
  }

  async import(source: Buffer | unknown, options: { dryRun: boolean; actor: Curator }): Promise<ImportReport> {
    const file = parseJsonRows(source, PRACTICE_REPORT_FIELDS);
    const problems = new Problems();
    problems.list.push(...file.problems);
    const vocabulary = await this.vocabularies.snapshot();
    const checked: { row: number; slug: string; email: string | null; input: SubmitPracticeReportInput }[] = [];
    for (const row of file.rows) {
      const before = problems.list.length;
      const slug = slugOf(row, 'instrument', problems);
      const email = row.values.authorEmail;
      if (email !== undefined && email !== null && typeof email !== 'string') {
        problems.add(row.row, 'authorEmail', 'INVALID_VALUE', { rule: 'email' }, 'authorEmail must be an e-mail address');
      }
      const { authorEmail: _, instrument: __, ...values } = row.values;
      const input = checkInput(SubmitPracticeReportInput, { row: row.row, values }, ['instrumentId'], problems);
      // The vocabulary codes, as submitPracticeReport checks them.
      const codes: [('phase' | 'sector'), string, unknown][] = [['phase', 'phase', input.phase], ...(input.sectors ?? []).map((c) => ['sector', 'sectors', c] as ['sector', string, unknown])];
      for (const [name, field, code] of codes) {
        if (typeof code !== 'string' || vocabulary.termByCode(name, code)) continue;
        // Unlike the instrument import, no code is ever created here: `fixed` tells the web app to offer no "create".
        const problem = unknownCode(vocabulary, name, code, false)!;
        problems.add(row.row, field, problem.code, { ...problem.params, fixed: 1 }, problem.text.replace(/; add it first.*$/, ''));
      }
      if (typeof input.periodFrom === 'string' && !isPeriod(input.periodFrom, input.periodTo)) {
        problems.add(row.row, 'periodTo', 'PERIOD_ORDER', {}, 'periodTo must be the same month as periodFrom or later');
      }
      if (problems.list.length === before && slug) {
        checked.push({ row: row.row, slug, email: typeof email === 'string' && email.trim() ? normaliseEmail(email) : null, input });
      }
    }

    return runJsonImport(this.dataSource, { dryRun: options.dryRun, lock: 'nlc:practice-report-import', rows: file.count }, problems, async (em) => {
      const instruments = await instrumentIdsBySlug(em, [...new Set(checked.map((c) => c.slug))]);
      const accounts = await accountIdsByEmail(em, [...new Set(checked.flatMap((c) => (c.email ? [c.email] : [])))]);
      const existing = await practiceReportKeys(em, [...instruments.values()]);
      const inFile = new Map<string, number>();
      const inserts: PracticeReportToInsert[] = [];
      let unchanged = 0;
      for (const { row, slug, email, input } of checked) {
        const instrumentId = instruments.get(slug);
        const authorId = email ? accounts.get(email) : options.actor.accountId;
        if (!instrumentId) problems.add(row, 'instrument', 'UNKNOWN_INSTRUMENT', { slug }, `there is no instrument "${slug}"`);
        if (!authorId) problems.add(row, 'authorEmail', 'UNKNOWN_ACCOUNT', { email: email! }, `there is no account with the address "${email}"`);
        if (!instrumentId || !authorId) continue;
        const key = practiceReportKey(instrumentId, input.periodFrom, input.whatWeDid);
        if (inFile.has(key)) {
          problems.add(row, null, 'DUPLICATE_ROW', { row: inFile.get(key)! }, `is the same report as row ${inFile.get(key)} (instrument, periodFrom, whatWeDid)`);
          continue;
        }
        inFile.set(key, row);
        if (existing.has(key)) {
          unchanged += 1;
          continue;
        }
        inserts.push({
          instrumentId,
          authorId,
          communityName: input.communityName || null,
          sectors: input.sectors,
          partnerKinds: input.partnerKinds,
          phase: input.phase,
          periodFrom: input.periodFrom,
          periodTo: input.periodTo ?? null,
          whatWeDid: input.whatWeDid,
          whatItYielded: input.whatItYielded,
          whatWeWouldChange: input.whatWeWouldChange,
          contact: input.contact || null,
        });
      }
      if (!problems.any) await insertPublishedReports(em, inserts, options.actor.accountId);
      return { created: inserts.length, updated: 0, unchanged };
    });
  }
}
