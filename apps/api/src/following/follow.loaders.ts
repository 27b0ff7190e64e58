import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Viewer } from '../accounts/viewer.js';
import type { Follow } from './follow.model.js';
import { FollowingService } from './following.service.js';

export interface FollowLoaders {
  /** By instrument id: the viewer's own follow of it, or null. */
  instrumentFollow: DataLoader<string, Follow | null>;
  /** By starter kit id: the viewer's own follow of it, or null. */
  collectionFollow: DataLoader<string, Follow | null>;
}

/** The follow loaders of one request (the request context's `follows`); a visitor follows nothing, so asks nothing. */
@Injectable()
export class FollowLoaderFactory {
  constructor(private readonly service: FollowingService) {}

  /** `viewer` is the context's, read when needed (signIn and signOut may replace it). */
  create(viewer: () => Promise<Viewer | null>): FollowLoaders {
    const viewerFollows = (kind: 'INSTRUMENT' | 'COLLECTION') =>
      new DataLoader<string, Follow | null>(async (ids) => {
        const account = await viewer();
        return account ? this.service.viewerFollows(account, kind, ids) : ids.map(() => null);
      });
    return { instrumentFollow: viewerFollows('INSTRUMENT'), collectionFollow: viewerFollows('COLLECTION') };
  }
}
