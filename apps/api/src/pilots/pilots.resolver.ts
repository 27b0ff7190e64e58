import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../accounts/require-role.decorator.js';
import type { Viewer } from '../accounts/viewer.js';
import { Instrument } from '../catalogue/instrument.model.js';
import { CurrentViewer } from '../common/current-viewer.decorator.js';
import { DomainError } from '../common/domain-error.js';
import type { RequestContext } from '../graphql/request-context.js';
import { AddPilotFeedbackInput, InvitePilotMemberInput, RecordPilotInput, UpdatePilotInput } from './pilot.inputs.js';
import { seesPilotFeedback, summarisePilots } from './pilot.loaders.js';
import { Pilot, PilotFeedback, PilotMember, PilotsSummary } from './pilot.model.js';
import { PilotsService } from './pilots.service.js';

@Resolver(() => Pilot)
export class PilotsResolver {
  constructor(private readonly pilots: PilotsService) {}

  @RequireRole('CURATOR')
  @Mutation(() => Pilot, { description: 'Records a pilot of a prototype (or piloting instrument) in a learning community.' })
  recordPilot(@Args('input') input: RecordPilotInput, @CurrentViewer() viewer: Viewer): Promise<Pilot> {
    return this.pilots.record(input, viewer);
  }

  @RequireRole('CURATOR')
  @Mutation(() => Pilot, { description: 'Changes a pilot’s community, period, state or note.' })
  updatePilot(@Args('input') input: UpdatePilotInput): Promise<Pilot> {
    return this.pilots.update(input);
  }

  @RequireRole('CURATOR')
  @Mutation(() => Pilot, { description: 'Invites the member with this e-mail address to give feedback for a pilot site.' })
  invitePilotMember(@Args('input') input: InvitePilotMemberInput): Promise<Pilot> {
    return this.pilots.invite(input);
  }

  @RequireRole('MEMBER')
  @Mutation(() => PilotFeedback, { description: 'A pilot site’s feedback: by an invited member, or by a curator on their behalf; once per pilot and member.' })
  addPilotFeedback(@Args('input') input: AddPilotFeedbackInput, @CurrentViewer() viewer: Viewer): Promise<PilotFeedback> {
    return this.pilots.addFeedback(input, viewer);
  }

  @ResolveField(() => [PilotFeedback], { nullable: true, description: 'The sites’ feedback: for curators and the pilot’s invited members, null for others.' })
  async feedback(@Parent() pilot: Pilot, @Context() ctx: RequestContext): Promise<PilotFeedback[] | null> {
    if (!(await seesPilotFeedback(ctx, pilot.id))) return null;
    return ctx.loaders.pilots.feedback.load(pilot.id);
  }

  @ResolveField(() => PilotFeedback, { nullable: true, description: 'The signed-in member’s own feedback on this pilot.' })
  async myFeedback(@Parent() pilot: Pilot, @Context() ctx: RequestContext): Promise<PilotFeedback | null> {
    const viewer = await ctx.viewer();
    if (!viewer || !(await ctx.loaders.pilots.invitedMe.load(pilot.id))) return null;
    const feedback = await ctx.loaders.pilots.feedback.load(pilot.id);
    return feedback.find((f) => f.accountId === viewer.accountId) ?? null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in member is invited to give feedback (false for visitors).' })
  invitedMe(@Parent() pilot: Pilot, @Context() ctx: RequestContext): Promise<boolean> {
    return ctx.loaders.pilots.invitedMe.load(pilot.id);
  }

  @RequireRole('CURATOR')
  @ResolveField(() => [PilotMember], { description: 'Curators only: the members invited to give feedback.' })
  members(@Parent() pilot: Pilot, @Context() ctx: RequestContext): Promise<PilotMember[]> {
    return ctx.loaders.pilots.members.load(pilot.id);
  }

  @ResolveField(() => Instrument)
  async instrument(@Parent() pilot: Pilot, @Context() ctx: RequestContext): Promise<Instrument> {
    const instrument = await ctx.loaders.instrumentById.load(pilot.instrumentId);
    if (!instrument) throw new DomainError('NOT_FOUND', 'The instrument of this pilot is gone.');
    return instrument;
  }
}

/** An instrument's pilots, read through the request's loaders. */
@Resolver(() => Instrument)
export class InstrumentPilotsResolver {
  @ResolveField(() => [Pilot], { description: 'Its pilots in learning communities, the latest start first.' })
  pilots(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<Pilot[]> {
    return ctx.loaders.pilots.pilots.load(instrument.id);
  }

  @ResolveField(() => PilotsSummary, { description: 'Its pilots and their feedback in numbers.' })
  async pilotsSummary(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<PilotsSummary> {
    return summarisePilots(await ctx.loaders.pilots.pilots.load(instrument.id));
  }
}

