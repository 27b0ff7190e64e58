import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { hasRole } from '#domain';
import type { Viewer } from '../accounts/viewer.js';
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

/** The pilot loaders of one request (the request context's `pilots`): a fixed number of statements per page, however many instruments. */
@Injectable()
export class PilotLoaderFactory {
  constructor(private readonly queries: PilotsQueries) {}

  /** `viewer` is the context's, read when needed (signIn and signOut may replace it). */
  create(viewer: () => Promise<Viewer | null>): PilotLoaders {
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
        const account = await viewer();
        if (!account) return ids.map(() => false);
        const invited = await this.queries.invitedTo(account.accountId, ids);
        return ids.map((id) => invited.has(id));
      }),
    };
  }
}

/** Whether the viewer is a curator, or invited to this pilot: they see its feedback. */
export async function seesPilotFeedback(ctx: RequestContext, pilotId: string): Promise<boolean> {
  const viewer = await ctx.viewer();
  if (!viewer) return false;
  return hasRole(viewer.role, 'CURATOR') || ctx.loaders.pilots.invitedMe.load(pilotId);
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
