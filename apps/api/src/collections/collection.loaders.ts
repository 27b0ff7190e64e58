import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Collection, CollectionItem } from './collection.model.js';
import { CollectionsQueries } from './collections.queries.js';
import { CollectionsService } from './collections.service.js';

export interface CollectionLoaders {
  /** By starter kit id: its steps, in order. */
  itemsOf: DataLoader<string, CollectionItem[]>;
  /** By instrument id: the published starter kits containing it, by title. */
  publishedContaining: DataLoader<string, Collection[]>;
  /** By starter kit id, published or not (callers decide who may see a draft). */
  byId: DataLoader<string, Collection | null>;
}

/** Per-request loaders (the request context's `collections`): one statement per kind for a whole page. */
@Injectable()
export class CollectionLoaderFactory {
  constructor(
    private readonly service: CollectionsService,
    private readonly queries: CollectionsQueries,
  ) {}

  create(): CollectionLoaders {
    return {
      itemsOf: new DataLoader((ids) => this.service.itemsOf(ids)),
      publishedContaining: new DataLoader((ids) => this.service.publishedContaining(ids)),
      byId: new DataLoader(async (ids) => {
        const rows = await this.queries.byIds(ids);
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
    };
  }
}
