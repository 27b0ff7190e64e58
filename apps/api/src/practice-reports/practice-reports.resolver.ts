import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ReferenceVocabulary } from '#domain';
import { RequireRole } from '../accounts/require-role.decorator.js';
import type { Viewer } from '../accounts/viewer.js';
import { Instrument } from '../catalogue/instrument.model.js';
import { CurrentViewer } from '../common/current-viewer.decorator.js';
import type { RequestContext } from '../graphql/request-context.js';
import { VocabularyTerm } from '../vocabularies/vocabulary-term.model.js';
import {
  DeclinePracticeReportInput,
  PracticeReportRefInput,
  PracticeReportsArgs,
  SubmitPracticeReportInput,
  UpdatePracticeReportInput,
} from './practice-report.inputs.js';
import { PracticeReport, PracticeReportConnection } from './practice-report.model.js';
import { PracticeReportsService } from './practice-reports.service.js';

@Resolver(() => PracticeReport)
export class PracticeReportsResolver {
  constructor(private readonly service: PracticeReportsService) {}

  @RequireRole('MEMBER')
  @Mutation(() => PracticeReport, { description: 'Writes a practice report about an instrument; curators publish or decline it.' })
  submitPracticeReport(@Args('input') input: SubmitPracticeReportInput, @CurrentViewer() viewer: Viewer): Promise<PracticeReport> {
    return this.service.submit(input, viewer);
  }

  @RequireRole('MEMBER')
  @Mutation(() => PracticeReport, { description: 'Edits your report until it is published; a declined report is submitted again.' })
  updatePracticeReport(@Args('input') input: UpdatePracticeReportInput, @CurrentViewer() viewer: Viewer): Promise<PracticeReport> {
    return this.service.update(input, viewer);
  }

  @RequireRole('CURATOR')
  @Mutation(() => PracticeReport)
  publishPracticeReport(@Args('input') input: PracticeReportRefInput, @CurrentViewer() viewer: Viewer): Promise<PracticeReport> {
    return this.service.publish(input.id, viewer);
  }

  @RequireRole('CURATOR')
  @Mutation(() => PracticeReport, { description: 'Declines a submitted report with a reason the author sees.' })
  declinePracticeReport(@Args('input') input: DeclinePracticeReportInput, @CurrentViewer() viewer: Viewer): Promise<PracticeReport> {
    return this.service.decline(input, viewer);
  }

  @Query(() => PracticeReportConnection, { description: 'Published reports, newest first; curators also list the others by status, oldest first.' })
  async practiceReports(@Args() args: PracticeReportsArgs, @Context() ctx: RequestContext): Promise<PracticeReportConnection> {
    return this.service.list(args, await ctx.viewer());
  }

  @Query(() => PracticeReport, { description: 'A published report; your own or, for curators, any.' })
  async practiceReport(@Args('id') id: string, @Context() ctx: RequestContext): Promise<PracticeReport> {
    return this.service.visibleTo(id, await ctx.viewer());
  }

  @RequireRole('MEMBER')
  @Query(() => [PracticeReport], { description: 'Your own practice reports, newest first, with state and reasons.' })
  myPracticeReports(@CurrentViewer() viewer: Viewer): Promise<PracticeReport[]> {
    return this.service.mine(viewer);
  }

  @ResolveField(() => Instrument, { nullable: true })
  instrument(@Parent() report: PracticeReport, @Context() ctx: RequestContext) {
    return ctx.loaders.instrumentById.load(report.instrumentId);
  }

  @ResolveField(() => VocabularyTerm, { nullable: true })
  async phase(@Parent() report: PracticeReport, @Context() ctx: RequestContext) {
    return (await this.terms(ctx, 'phase', [report.phase]))[0] ?? null;
  }

  @ResolveField(() => [VocabularyTerm])
  sectors(@Parent() report: PracticeReport, @Context() ctx: RequestContext) {
    return this.terms(ctx, 'sector', report.sectors);
  }

  @ResolveField(() => String, { nullable: true, description: 'For signed-in viewers; null for visitors.' })
  async contact(@Parent() report: PracticeReport, @Context() ctx: RequestContext): Promise<string | null> {
    return (await ctx.viewer()) ? report.contact : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer wrote it.' })
  async mine(@Parent() report: PracticeReport, @Context() ctx: RequestContext): Promise<boolean> {
    return (await ctx.viewer())?.accountId === report.authorId;
  }

  private async terms(ctx: RequestContext, name: ReferenceVocabulary, codes: string[]): Promise<VocabularyTerm[]> {
    const vocabulary = await ctx.loaders.vocabulary();
    return codes.map((c) => vocabulary.termByCode(name, c)).filter((t): t is NonNullable<typeof t> => !!t);
  }
}

/** An instrument's published practice reports, through per-request loaders. */
@Resolver(() => Instrument)
export class InstrumentPracticeReportsResolver {
  @ResolveField(() => [PracticeReport], { description: 'The newest published practice reports (at most 10); practiceReports(filter) has all.' })
  practiceReports(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<PracticeReport[]> {
    return ctx.loaders.practiceReports.publishedOf.load(instrument.id);
  }

  @ResolveField(() => Int, { description: 'How many practice reports about it are published.' })
  practiceReportCount(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<number> {
    return ctx.loaders.practiceReports.publishedCount.load(instrument.id);
  }
}
