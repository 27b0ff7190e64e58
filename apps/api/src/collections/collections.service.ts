import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { hasRole, toSlug } from '#domain';
import type { Viewer } from '../accounts/viewer.js';
import { DomainError, badInput } from '../common/domain-error.js';
import { COLLECTION_LIMITS as L, type CollectionStatus } from './collection.limits.js';
import type { CreateCollectionInput, SetCollectionItemsInput, UpdateCollectionInput } from './collection.inputs.js';
import type { Collection, CollectionItem } from './collection.model.js';
import { CollectionsQueries } from './collections.queries.js';

const notFound = (field = 'id') => new DomainError('NOT_FOUND', 'There is no starter kit with this id.', [field]);
const isCurator = (viewer: Viewer | null) => !!viewer && hasRole(viewer.role, 'CURATOR');

/** Starter kits: curators compose and publish them, everyone reads the published ones. */
@Injectable()
export class CollectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: CollectionsQueries,
  ) {}

  list(viewer: Viewer | null): Promise<Collection[]> {
    return this.queries.list(isCurator(viewer));
  }

  /** A published kit for everyone; a draft for curators only; null for anyone else (as `instrument(slug)`, so a page can cache "not found"). */
  async bySlug(slug: string, viewer: Viewer | null): Promise<Collection | null> {
    const kit = slug.length <= L.slug.max ? await this.queries.bySlug(slug) : undefined;
    return kit && (kit.status === 'PUBLISHED' || isCurator(viewer)) ? kit : null;
  }

  async create(input: CreateCollectionInput, viewer: Viewer): Promise<Collection> {
    const slug = input.slug || toSlug(input.title).slice(0, L.slug.max).replace(/-+$/, '');
    if (!L.slug.pattern.test(slug)) throw badInput('Give the starter kit a slug of letters and digits.', 'slug');
    if (await this.queries.slugTaken(slug)) throw new DomainError('CONFLICT', 'Another starter kit has this slug already.', ['slug']);
    return this.dataSource.transaction(async (em) => {
      const id = await this.queries.insert(em, { slug, title: input.title, introduction: input.introduction ?? '' }, viewer.accountId);
      return (await this.queries.byId(id, em))!;
    });
  }

  update(input: UpdateCollectionInput, viewer: Viewer): Promise<Collection> {
    return this.write(input.id, viewer, (em) => this.queries.update(em, input.id, { title: input.title, introduction: input.introduction ?? undefined }, viewer.accountId));
  }

  /** The whole ordered list at once: one transaction, so a reorder is never seen half done. */
  async setItems(input: SetCollectionItemsInput, viewer: Viewer): Promise<Collection> {
    const ids = input.items.map((i) => i.instrumentId.toLowerCase());
    const repeated = ids.findIndex((id, index) => ids.indexOf(id) !== index);
    if (repeated >= 0) throw badInput('An instrument is in a starter kit once.', `items.${repeated}.instrumentId`);
    const known = new Set((await this.queries.existingInstruments(ids)).map((r) => r.id));
    const unknown = ids.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw badInput('There is no instrument with this id.', `items.${unknown}.instrumentId`);
    return this.write(input.id, viewer, async (em) => {
      await this.queries.replaceItems(em, input.id, input.items.map((i, index) => ({ instrumentId: ids[index], why: i.why })));
      await this.queries.update(em, input.id, {}, viewer.accountId);
    });
  }

  publish(id: string, viewer: Viewer): Promise<Collection> {
    return this.setStatus(id, 'PUBLISHED', viewer);
  }

  unpublish(id: string, viewer: Viewer): Promise<Collection> {
    return this.setStatus(id, 'DRAFT', viewer);
  }

  async itemsOf(collectionIds: readonly string[]): Promise<CollectionItem[][]> {
    const rows = await this.queries.itemsOf(collectionIds);
    return collectionIds.map((id) => rows.filter((r) => r.collectionId === id));
  }

  async publishedContaining(instrumentIds: readonly string[]): Promise<Collection[][]> {
    const rows = await this.queries.publishedContaining(instrumentIds);
    return instrumentIds.map((id) => rows.filter((r) => r.instrumentId === id));
  }

  private async setStatus(id: string, status: CollectionStatus, viewer: Viewer): Promise<Collection> {
    return this.write(id, viewer, async (em) => {
      if (status === 'PUBLISHED' && (await this.queries.itemCount(em, id)) === 0) {
        throw new DomainError('CONFLICT', 'A starter kit needs at least one instrument before it is published.', ['id']);
      }
      await this.queries.update(em, id, { status }, viewer.accountId);
    });
  }

  private write(id: string, viewer: Viewer, change: (em: EntityManager) => Promise<unknown>): Promise<Collection> {
    return this.dataSource.transaction(async (em) => {
      if (!(await this.queries.lock(em, id))) throw notFound();
      await change(em);
      return (await this.queries.byId(id, em))!;
    });
  }
}
