import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  PRACTICE_REPORT_ACTIONS,
  canTakePracticeReportAction,
  hasRole,
  isPeriod,
  type PracticeReportAction,
  type ReferenceVocabulary,
} from '#domain';
import type { Viewer } from '../accounts/viewer.js';
import { DomainError, badInput } from '../common/domain-error.js';
import { MailsService } from '../mails/mails.service.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { FollowEventsService } from '../following/follow-events.service.js';
import { UUID, afterKey, isTimestampAndId, keysetPage } from '../common/keyset.js';
import { VocabularyService } from '../vocabularies/vocabulary.service.js';
import type {
  DeclinePracticeReportInput,
  PracticeReportsArgs,
  SubmitPracticeReportInput,
  UpdatePracticeReportInput,
} from './practice-report.inputs.js';
import type { PracticeReport, PracticeReportConnection } from './practice-report.model.js';
import { practiceReportMails } from './practice-report-mails.js';
import { PracticeReportsQueries, type PracticeReportValues } from './practice-reports.queries.js';

const notFound = () => new DomainError('NOT_FOUND', 'There is no practice report with this id.', ['id']);

/** Practice reports: members write them, curators publish or decline them, everyone reads the published ones. */
@Injectable()
export class PracticeReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly vocabularies: VocabularyService,
    private readonly queries: PracticeReportsQueries,
    private readonly outbox: OutboxService,
    private readonly mails: MailsService,
    private readonly followEvents: FollowEventsService,
  ) {}

  async submit(input: SubmitPracticeReportInput, viewer: Viewer): Promise<PracticeReport> {
    if (!(await this.queries.instrumentExists(input.instrumentId))) {
      throw badInput('There is no instrument with this id.', 'instrumentId');
    }
    const values = await this.checkedValues(input);
    this.checkPeriod(input.periodFrom, input.periodTo ?? null);
    return this.dataSource.transaction(async (em) => {
      const id = await this.queries.insert(em, input.instrumentId, viewer.accountId, values);
      await this.notifyCurators(em, id, false);
      return (await this.queries.byId(id, em))!;
    });
  }

  /** The author's changes until it is published; a declined report is offered again. */
  async update(input: UpdatePracticeReportInput, viewer: Viewer): Promise<PracticeReport> {
    const values = await this.checkedValues(input);
    return this.dataSource.transaction(async (em) => {
      const report = await this.lock(em, input.id);
      if (report.authorId !== viewer.accountId) throw new DomainError('NOT_FOUND', 'There is no practice report of yours with this id.', ['id']);
      this.assertAction('EDIT', report);
      this.checkPeriod(values.periodFrom ?? report.periodFrom, values.periodTo === undefined ? report.periodTo : values.periodTo);
      await this.queries.update(em, report.id, values, PRACTICE_REPORT_ACTIONS.EDIT.to);
      // A declined report that is offered again waits for review again; an edit while it waits does not.
      if (report.status === 'DECLINED') await this.notifyCurators(em, report.id, true);
      return (await this.queries.byId(report.id, em))!;
    });
  }

  publish(id: string, viewer: Viewer): Promise<PracticeReport> {
    return this.decide(id, 'PUBLISH', null, viewer);
  }

  decline(input: DeclinePracticeReportInput, viewer: Viewer): Promise<PracticeReport> {
    return this.decide(input.id, 'DECLINE', input.reason.trim(), viewer);
  }

  /** Published reports for everyone; the others for their author and curators; NOT_FOUND for anyone else. */
  async visibleTo(id: string, viewer: Viewer | null): Promise<PracticeReport> {
    const report = UUID.test(id.toLowerCase()) ? await this.queries.byId(id) : undefined;
    if (!report || !this.maySee(report, viewer)) throw notFound();
    return report;
  }

  mine(viewer: Viewer): Promise<PracticeReport[]> {
    return this.queries.byAuthor(viewer.accountId);
  }

  /** Published reports (newest first) for everyone; curators also list the others (oldest first, their queue). */
  async list(args: PracticeReportsArgs, viewer: Viewer | null): Promise<PracticeReportConnection> {
    const status = args.filter?.status ?? 'PUBLISHED';
    if (status !== 'PUBLISHED' && !(viewer && hasRole(viewer.role, 'CURATOR'))) {
      throw new DomainError(viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED', 'Only curators list practice reports that are not published.', ['filter.status']);
    }
    const after = afterKey<[string, string]>(args.after, isTimestampAndId, '"after" is not a cursor of this list of practice reports.');
    const filter = {
      status,
      phase: args.filter?.phase ?? null,
      sector: args.filter?.sector ?? null,
      partnerKind: args.filter?.partnerKind ?? null,
      instrumentId: args.filter?.instrumentId ?? null,
    };
    const [rows, totalCount] = await Promise.all([this.queries.page(filter, after, args.first + 1), this.queries.count(filter)]);
    return { totalCount, ...keysetPage(rows, args.first, ({ cursorKey, ...node }) => ({ key: [cursorKey, node.id], node })) };
  }

  /** For a page of instruments at once: their newest published reports. */
  async publishedOf(instrumentIds: readonly string[], limit: number): Promise<PracticeReport[][]> {
    const rows = await this.queries.publishedOf(instrumentIds, limit);
    return instrumentIds.map((id) => rows.filter((r) => r.instrumentId === id));
  }

  async publishedCounts(instrumentIds: readonly string[]): Promise<number[]> {
    const rows = await this.queries.publishedCounts(instrumentIds);
    const counts = new Map(rows.map((r) => [r.instrumentId, r.count]));
    return instrumentIds.map((id) => counts.get(id) ?? 0);
  }

  maySee(report: PracticeReport, viewer: Viewer | null): boolean {
    return report.status === 'PUBLISHED' || (!!viewer && (report.authorId === viewer.accountId || hasRole(viewer.role, 'CURATOR')));
  }

  private decide(id: string, action: 'PUBLISH' | 'DECLINE', reason: string | null, viewer: Viewer): Promise<PracticeReport> {
    return this.dataSource.transaction(async (em) => {
      const report = await this.lock(em, id);
      this.assertAction(action, report);
      await this.queries.decide(em, report.id, action === 'PUBLISH' ? 'PUBLISHED' : 'DECLINED', reason, viewer.accountId);
      // The author hears of the decision; the mail goes out with it or not at all (same transaction).
      const to = (await this.queries.authorMailOf(em, report.id))!;
      const mail = { ...to, reportId: report.id };
      await this.outbox.enqueue(em, reason === null ? practiceReportMails.published(mail) : practiceReportMails.declined({ ...mail, reason }));
      if (action === 'PUBLISH') {
        await this.followEvents.record(em, { type: 'REPORT', instrumentId: report.instrumentId, reportId: report.id, communityName: report.communityName }, viewer.accountId);
      }
      return (await this.queries.byId(report.id, em))!;
    });
  }

  /** Curators hear that a report waits for review, in the transaction that makes it wait. */
  private async notifyCurators(em: EntityManager, id: string, resubmitted: boolean): Promise<void> {
    const { title } = (await this.queries.authorMailOf(em, id))!;
    await this.mails.practiceReportWaiting(em, { title, resubmitted });
  }

  private assertAction(action: PracticeReportAction, report: PracticeReport): void {
    if (canTakePracticeReportAction(action, report.status)) return;
    if (report.status === 'PUBLISHED' || action !== 'EDIT') {
      throw new DomainError('CONFLICT', `This practice report is ${report.status}.`, ['id'], { currentStatus: report.status });
    }
    throw badInput(`This is possible for a practice report that is ${PRACTICE_REPORT_ACTIONS[action].from.join(' or ')}.`, 'id');
  }

  private checkPeriod(from: string, to: string | null): void {
    if (!isPeriod(from, to)) throw badInput('periodTo must be the same month as periodFrom or later.', 'periodTo');
  }

  /** The values given, with their vocabulary codes checked. */
  private async checkedValues(input: SubmitPracticeReportInput | UpdatePracticeReportInput): Promise<PracticeReportValues> {
    const vocabulary = await this.vocabularies.snapshot();
    const check = (name: ReferenceVocabulary, field: string, codes: readonly string[] | undefined) => {
      const unknown = (codes ?? []).filter((code) => !vocabulary.termByCode(name, code));
      if (unknown.length) throw badInput(`Unknown ${name} code ${unknown.map((c) => `"${c}"`).join(', ')}.`, field);
    };
    check('phase', 'phase', input.phase === undefined ? undefined : [input.phase]);
    check('sector', 'sectors', input.sectors);
    const empty = (value: string | null | undefined) => (value === '' ? null : value);
    return {
      communityName: empty(input.communityName),
      sectors: input.sectors ?? undefined,
      partnerKinds: input.partnerKinds ?? undefined,
      phase: input.phase ?? undefined,
      periodFrom: input.periodFrom ?? undefined,
      periodTo: input.periodTo,
      whatWeDid: input.whatWeDid ?? undefined,
      whatItYielded: input.whatItYielded ?? undefined,
      whatWeWouldChange: input.whatWeWouldChange ?? undefined,
      contact: empty(input.contact),
    };
  }

  private async lock(em: EntityManager, id: string): Promise<PracticeReport> {
    await this.queries.lock(em, id);
    const report = await this.queries.byId(id, em);
    if (!report) throw notFound();
    return report;
  }
}
