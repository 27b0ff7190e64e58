import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { hasRole } from '#domain';
import { RequireRole } from '../accounts/require-role.decorator.js';
import { RequireVerifiedEmail } from '../accounts/require-verified-email.decorator.js';
import type { Viewer } from '../accounts/viewer.js';
import { Instrument } from '../catalogue/instrument.model.js';
import { Collection } from '../collections/collection.model.js';
import { CurrentViewer } from '../common/current-viewer.decorator.js';
import type { RequestContext } from '../graphql/request-context.js';
import { VocabularyTerm } from '../vocabularies/vocabulary-term.model.js';
import { FollowInput, FollowsArgs, UnfollowInput, UnsubscribeInput, UpdateFollowSettingsInput } from './follow.inputs.js';
import { Follow, FollowConnection, FollowSettings, UnsubscribePreview } from './follow.model.js';
import { FollowingService } from './following.service.js';

@Resolver(() => Follow)
export class FollowingResolver {
  constructor(private readonly service: FollowingService) {}

  @RequireRole('MEMBER')
  @Query(() => FollowConnection, { description: 'What the signed-in member follows, newest first.' })
  myFollows(@Args() args: FollowsArgs, @CurrentViewer() viewer: Viewer): Promise<FollowConnection> {
    return this.service.mine(viewer, args.first, args.after);
  }

  @RequireRole('MEMBER')
  @Query(() => FollowSettings, { description: 'How often the signed-in member gets follow mails.' })
  myFollowSettings(@CurrentViewer() viewer: Viewer): Promise<FollowSettings> {
    return this.service.settings(viewer);
  }

  @Query(() => UnsubscribePreview, {
    nullable: true,
    description: 'What an unsubscribe link would end; anyone may ask. Null for a forged, altered or cut-off token (unsubscribe refuses it: BAD_USER_INPUT, reason TOKEN_INVALID).',
  })
  unsubscribePreview(@Args('token') token: string): Promise<UnsubscribePreview | null> {
    return this.service.preview(token);
  }

  // A verified address, as for rating: follow mails go to it.
  @RequireVerifiedEmail()
  @Mutation(() => Follow, { description: 'Follows an instrument, a phase or a published starter kit; following again answers the existing follow.' })
  follow(@Args('input') input: FollowInput, @CurrentViewer() viewer: Viewer): Promise<Follow> {
    return this.service.follow(input, viewer);
  }

  @RequireRole('MEMBER')
  @Mutation(() => ID, { description: 'Ends one of your follows; answers its id.' })
  unfollow(@Args('input') input: UnfollowInput, @CurrentViewer() viewer: Viewer): Promise<string> {
    return this.service.unfollow(input.id, viewer);
  }

  @RequireRole('MEMBER')
  @Mutation(() => FollowSettings, { description: 'Sets how often you get follow mails: IMMEDIATE, WEEKLY (a digest) or OFF.' })
  updateFollowSettings(@Args('input') input: UpdateFollowSettingsInput, @CurrentViewer() viewer: Viewer): Promise<FollowSettings> {
    return this.service.updateSettings(input.frequency, viewer);
  }

  @Mutation(() => UnsubscribePreview, { description: 'Ends what an unsubscribe link names, without signing in; an ended follow ends again without error.' })
  unsubscribe(@Args('input') input: UnsubscribeInput): Promise<UnsubscribePreview> {
    return this.service.unsubscribe(input.token);
  }

  @ResolveField(() => Instrument, { nullable: true })
  instrument(@Parent() follow: Follow, @Context() ctx: RequestContext) {
    return follow.instrumentId ? ctx.loaders.instrumentById.load(follow.instrumentId) : null;
  }

  @ResolveField(() => VocabularyTerm, { nullable: true })
  async phase(@Parent() follow: Follow, @Context() ctx: RequestContext): Promise<VocabularyTerm | null> {
    return follow.phaseCode ? ((await ctx.loaders.vocabulary()).termByCode('phase', follow.phaseCode) ?? null) : null;
  }

  @ResolveField(() => Collection, { nullable: true })
  async collection(@Parent() follow: Follow, @Context() ctx: RequestContext): Promise<Collection | null> {
    if (!follow.collectionId) return null;
    const kit = await ctx.loaders.collections.byId.load(follow.collectionId);
    if (kit?.status === 'PUBLISHED') return kit;
    const viewer = await ctx.viewer();
    return kit && viewer && hasRole(viewer.role, 'CURATOR') ? kit : null;
  }
}

@Resolver(() => Instrument)
export class InstrumentFollowResolver {
  @ResolveField(() => Follow, { nullable: true, description: "The viewer's own follow of this instrument; null for visitors and when not followed." })
  viewerFollow(@Parent() instrument: Instrument, @Context() ctx: RequestContext): Promise<Follow | null> {
    return ctx.loaders.follows.instrumentFollow.load(instrument.id);
  }
}

@Resolver(() => Collection)
export class CollectionFollowResolver {
  @ResolveField(() => Follow, { nullable: true, description: "The viewer's own follow of this starter kit; null for visitors and when not followed." })
  viewerFollow(@Parent() kit: Collection, @Context() ctx: RequestContext): Promise<Follow | null> {
    return ctx.loaders.follows.collectionFollow.load(kit.id);
  }
}
