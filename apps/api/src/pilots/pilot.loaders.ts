import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { hasRole } from '#domain';
import type { RequestContext } from '../graphql/request-context.js';
import type { Pilot, PilotFeedback, PilotMember, PilotsSummary } from './pilot.model.js';
import { PilotsQueries } from './pilots.queries.js';

export interface PilotLoaders {
  /** By instrument id: its pilots, the latest start first. */
  pilots: DataLoader<string, Pilot[]>;
  /** By pilot id: its feedback, oldest first. */
  feedback: DataLoader<string, PilotFeedback[]>;
  /** By pilot id: its invited members. */
  members: DataLoader<string, PilotMember[]>;
  /** By pilot id: whether the viewer is invited (false for visitors, without SQL). */
  invitedMe: DataLoader<string, boolean>;
}

/** The pilot loaders of one request: a fixed number of statements per page, however many instruments. */
@Injectable()
export class PilotLoaderFactory {
  /** Kept per request object, so the loaders live exactly as long as the request. */
  private readonly perRequest = new WeakMap<object, PilotLoaders>();

  constructor(private readonly queries: PilotsQueries) {}

  of(ctx: RequestContext): PilotLoaders {
    let loaders = this.perRequest.get(ctx.req);
    if (!loaders) {
      loaders = this.create(ctx);
      this.perRequest.set(ctx.req, loaders);
    }
    return loaders;
  }

  /** Whether the viewer is a curator, or invited to this pilot: they see its feedback. */
  async seesFeedback(ctx: RequestContext, pilotId: string): Promise<boolean> {
    const viewer = await ctx.viewer();
    if (!viewer) return false;
    return hasRole(viewer.role, 'CURATOR') || this.of(ctx).invitedMe.load(pilotId);
  }

  private create(ctx: RequestContext): PilotLoaders {
    return {
      pilots: new DataLoader(async (ids) => {
        const rows = await this.queries.ofInstruments(ids);
        return ids.map((id) => rows.filter((row) => row.instrumentId === id));
      }),
      feedback: new DataLoader(async (ids) => {
        const rows = await this.queries.feedbackOf(ids);
        return ids.map((id) => rows.filter((row) => row.pilotId === id));
      }),
      members: new DataLoader(async (ids) => {
        const rows = await this.queries.membersOf(ids);
        return ids.map((id) => rows.filter((row) => row.pilotId === id).map(({ pilotId: _, ...member }) => member));
      }),
      invitedMe: new DataLoader(async (ids) => {
        const viewer = await ctx.viewer();
        if (!viewer) return ids.map(() => false);
        const invited = await this.queries.invitedTo(viewer.accountId, ids);
        return ids.map((id) => invited.has(id));
      }),
    };
  }
}

/** The pilots of an instrument in numbers; the mean usefulness is weighed by each pilot's feedback count. */
export function summarisePilots(pilots: Pilot[]): PilotsSummary {
  const count = pilots.reduce((sum, p) => sum + p.feedbackSummary.count, 0);
  const usefulnessSum = pilots.reduce((sum, p) => sum + (p.feedbackSummary.meanUsefulness ?? 0) * p.feedbackSummary.count, 0);
  return {
    pilots: pilots.length,
    planned: pilots.filter((p) => p.state === 'PLANNED').length,
    running: pilots.filter((p) => p.state === 'RUNNING').length,
    finished: pilots.filter((p) => p.state === 'FINISHED').length,
    feedback: {
      count,
      recommendCount: pilots.reduce((sum, p) => sum + p.feedbackSummary.recommendCount, 0),
      meanUsefulness: count > 0 ? usefulnessSum / count : null,
    },
  };
}
