import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { hasRole, type ReferenceVocabulary } from '#domain';
import { RequireRole } from '../accounts/require-role.decorator.js';
import { RequireVerifiedEmail } from '../accounts/require-verified-email.decorator.js';
import { Instrument } from '../catalogue/instrument.model.js';
import type { RequestContext } from '../graphql/request-context.js';
import { VocabularyTerm } from '../vocabularies/vocabulary-term.model.js';
import {
  AcceptProposalInput,
  ProposalDecisionInput,
  ProposalRefInput,
  ProposalsArgs,
  SimilarInstrumentsArgs,
  SubmitProposalInput,
  UpdateProposalInput,
} from './proposal.inputs.js';
import { changesSinceRequest } from './proposal-changes.js';
import { Proposal, ProposalConnection, ProposalEvent, ProposalFieldChange, SimilarItem } from './proposal.model.js';
import { ProposalsService } from './proposals.service.js';
import { CurrentViewer } from '../common/current-viewer.decorator.js';
import type { Viewer } from '../accounts/viewer.js';

@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(private readonly service: ProposalsService) {}

  @RequireRole('MEMBER')
  @RequireVerifiedEmail()
  @Mutation(() => Proposal)
  async submitProposal(@Args('input') input: SubmitProposalInput, @CurrentViewer() viewer: Viewer): Promise<Proposal> {
    return this.service.submit(input, viewer);
  }

  @RequireRole('MEMBER')
  @RequireVerifiedEmail()
  @Mutation(() => Proposal, { description: 'Edits your proposal while it is SUBMITTED or CHANGES_REQUESTED.' })
  async updateProposal(@Args('input') input: UpdateProposalInput, @CurrentViewer() viewer: Viewer): Promise<Proposal> {
    return this.service.update(input, viewer);
  }

  @RequireRole('MEMBER')
  @RequireVerifiedEmail()
  @Mutation(() => Proposal, { description: 'Sends your proposal back for review after changes were requested.' })
  async resubmitProposal(@Args('input') input: ProposalRefInput, @CurrentViewer() viewer: Viewer): Promise<Proposal> {
    return this.service.resubmit(input.id, viewer);
  }

  @RequireRole('MEMBER')
  @Mutation(() => Proposal)
  async withdrawProposal(@Args('input') input: ProposalRefInput, @CurrentViewer() viewer: Viewer): Promise<Proposal> {
    return this.service.withdraw(input.id, viewer);
  }

  @RequireRole('CURATOR')
  @Mutation(() => Proposal, { description: 'Takes a submitted proposal into review and assigns it to you.' })
  async startReview(@Args('input') input: ProposalRefInput, @CurrentViewer() viewer: Viewer): Promise<Proposal> {
    return this.service.startReview(input.id, viewer);
  }

  @RequireRole('CURATOR')
  @Mutation(() => Proposal)
  async requestChanges(@Args('input') input: ProposalDecisionInput, @CurrentViewer() viewer: Viewer): Promise<Proposal> {
    return this.service.requestChanges(input, viewer);
  }

  @RequireRole('CURATOR')
  @Mutation(() => Proposal)
  async rejectProposal(@Args('input') input: ProposalDecisionInput, @CurrentViewer() viewer: Viewer): Promise<Proposal> {
    return this.service.reject(input, viewer);
  }

  @RequireRole('CURATOR')
  @Mutation(() => Proposal, { description: 'Creates the instrument; a proposal is accepted once (CONFLICT after).' })
  async acceptProposal(@Args('input') input: AcceptProposalInput, @CurrentViewer() viewer: Viewer): Promise<Proposal> {
    return this.service.accept(input, viewer);
  }

  @RequireRole('MEMBER')
  @Query(() => [Proposal], { description: 'Your own proposals, newest first, with state and reasons.' })
  async myProposals(@CurrentViewer() viewer: Viewer): Promise<Proposal[]> {
    return this.service.mine(viewer);
  }

  @RequireRole('MEMBER')
  @Query(() => Proposal, { description: 'Yours, or any for curators.' })
  async proposal(@Args('id') id: string, @CurrentViewer() viewer: Viewer): Promise<Proposal> {
    return this.service.visibleTo(id, viewer);
  }

  @RequireRole('CURATOR')
  @Query(() => ProposalConnection, { description: 'The review queue, oldest first.' })
  proposals(@Args() args: ProposalsArgs): Promise<ProposalConnection> {
    return this.service.list(args);
  }

  @RequireRole('CURATOR')
  @Query(() => Int, { description: 'Submitted proposals nobody has taken into review yet.' })
  proposalsAwaitingReview(): Promise<number> {
    return this.service.awaitingReview();
  }

  @RequireRole('MEMBER')
  @Query(() => [SimilarItem], { description: 'Up to five similar instruments and open proposals: a hint while proposing.' })
  similarInstruments(@Args() args: SimilarInstrumentsArgs): Promise<SimilarItem[]> {
    return this.service.similar(args);
  }

  @ResolveField(() => [VocabularyTerm])
  phases(@Parent() p: Proposal, @Context() ctx: RequestContext) {
    return this.terms(ctx, 'phase', p.phases);
  }

  @ResolveField(() => VocabularyTerm, { nullable: true })
  async type(@Parent() p: Proposal, @Context() ctx: RequestContext) {
    return (await this.terms(ctx, 'type', [p.type]))[0] ?? null;
  }

  @ResolveField(() => [VocabularyTerm])
  audiences(@Parent() p: Proposal, @Context() ctx: RequestContext) {
    return this.terms(ctx, 'audience', p.audiences);
  }

  @ResolveField(() => [VocabularyTerm])
  sectors(@Parent() p: Proposal, @Context() ctx: RequestContext) {
    return this.terms(ctx, 'sector', p.sectors);
  }

  @ResolveField(() => [VocabularyTerm])
  tags(@Parent() p: Proposal, @Context() ctx: RequestContext) {
    return this.terms(ctx, 'tag', p.tags);
  }

  @ResolveField(() => [ProposalEvent], { description: 'Every state change, oldest first.' })
  history(@Parent() p: Proposal, @Context() ctx: RequestContext): Promise<ProposalEvent[]> {
    return ctx.loaders.proposals.events.load(p.id);
  }

  @ResolveField(() => [ProposalFieldChange], {
    nullable: true,
    description: 'What the proposer changed since the last request for changes, field by field; null when changes were never requested.',
  })
  async changesSinceRequest(@Parent() p: Proposal, @Context() ctx: RequestContext): Promise<ProposalFieldChange[] | null> {
    return changesSinceRequest(p, await ctx.loaders.proposals.events.load(p.id));
  }

  @ResolveField(() => Instrument, { nullable: true, description: 'The instrument made from it, once accepted.' })
  async instrument(@Parent() p: Proposal, @Context() ctx: RequestContext): Promise<Instrument | null> {
    return p.instrumentId ? ctx.loaders.instrumentById.load(p.instrumentId) : null;
  }

  private async terms(ctx: RequestContext, name: ReferenceVocabulary, codes: string[]): Promise<VocabularyTerm[]> {
    const vocabulary = await ctx.loaders.vocabulary();
    return codes.map((c) => vocabulary.termByCode(name, c)).filter((t): t is NonNullable<typeof t> => !!t);
  }
}

/** The other way of the link: the proposal an instrument came from, for its proposer and curators. */
@Resolver(() => Instrument)
export class InstrumentProposalResolver {
  @ResolveField(() => Proposal, { nullable: true, description: 'For the proposer and curators; null for others.' })
  async proposal(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<Proposal | null> {
    const [viewer, proposal] = await Promise.all([ctx.viewer(), ctx.loaders.proposals.byInstrument.load(instrument.id)]);
    if (!proposal || !viewer) return null;
    return proposal.proposerId === viewer.accountId || hasRole(viewer.role, 'CURATOR') ? proposal : null;
  }
}
