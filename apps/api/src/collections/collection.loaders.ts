import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Collection, CollectionItem } from './collection.model.js';
import { CollectionsService } from './collections.service.js';

export interface CollectionLoaders {
  /** By starter kit id: its steps, in order. */
  itemsOf: DataLoader<string, CollectionItem[]>;
  /** By instrument id: the published starter kits containing it, by title. */
  publishedContaining: DataLoader<string, Collection[]>;
}

/** Per-request loaders (the request context's `collections`): one statement per kind for a whole page. */
@Injectable()
export class CollectionLoaderFactory {
  constructor(private readonly service: CollectionsService) {}

  create(): CollectionLoaders {
    return {
      itemsOf: new DataLoader((ids) => this.service.itemsOf(ids)),
      publishedContaining: new DataLoader((ids) => this.service.publishedContaining(ids)),
    };
  }
}
