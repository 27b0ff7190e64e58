import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { sqlRow, sqlRows, sqlRun, type Db } from '../database/typed-sql.js';
import type { CollectionStatus } from './collection.limits.js';
import type { Collection, CollectionItem } from './collection.model.js';

const COLUMNS = `c.id, c.slug, c.title, c.introduction, c.status, c.updated_at AS "updatedAt"`;

/** The SQL of starter kits, with typed rows. */
@Injectable()
export class CollectionsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Published kits by title; with drafts too when asked. */
  list(withDrafts: boolean): Promise<Collection[]> {
    return sqlRows<Collection>(
      this.dataSource,
      `SELECT ${COLUMNS} FROM collections c WHERE $1 OR c.status = 'PUBLISHED' ORDER BY c.title, c.id`,
      [withDrafts],
    );
  }

  bySlug(slug: string): Promise<Collection | undefined> {
    return sqlRow<Collection>(this.dataSource, `SELECT ${COLUMNS} FROM collections c WHERE c.slug = $1`, [slug]);
  }

  byId(id: string, db: Db = this.dataSource): Promise<Collection | undefined> {
    return sqlRow<Collection>(db, `SELECT ${COLUMNS} FROM collections c WHERE c.id = $1`, [id]);
  }

  /** Several kits by id, in no particular order (for loaders outside this module). */
  byIds(ids: readonly string[]): Promise<Collection[]> {
    return sqlRows<Collection>(this.dataSource, `SELECT ${COLUMNS} FROM collections c WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  /** Locks the kit for a write; undefined when there is none. */
  lock(em: EntityManager, id: string): Promise<{ id: string } | undefined> {
    return sqlRow<{ id: string }>(em, `SELECT id FROM collections WHERE id = $1 FOR UPDATE`, [id]);
  }

  slugTaken(slug: string): Promise<boolean> {
    return sqlRow<{ one: number }>(this.dataSource, `SELECT 1 AS one FROM collections WHERE slug = $1`, [slug]).then((r) => !!r);
  }

  async insert(em: EntityManager, values: { slug: string; title: string; introduction: string }, accountId: string): Promise<string> {
    const row = await sqlRow<{ id: string }>(
      em,
      `INSERT INTO collections (slug, title, introduction, created_by_id, updated_by_id) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
      [values.slug, values.title, values.introduction, accountId],
    );
    return row!.id;
  }

  update(em: EntityManager, id: string, values: { title?: string; introduction?: string; status?: CollectionStatus }, accountId: string): Promise<number> {
    return sqlRun(
      em,
      `UPDATE collections SET title = COALESCE($2, title), introduction = COALESCE($3, introduction),
         status = COALESCE($4::collection_status, status), updated_by_id = $5, updated_at = now() WHERE id = $1`,
      [id, values.title ?? null, values.introduction ?? null, values.status ?? null, accountId],
    );
  }

  /** Replaces the kit's steps: the caller's transaction makes it one change. */
  async replaceItems(em: EntityManager, id: string, items: readonly { instrumentId: string; why: string }[]): Promise<void> {
    await sqlRun(em, `DELETE FROM collection_items WHERE collection_id = $1`, [id]);
    if (items.length === 0) return;
    await sqlRun(
      em,
      `INSERT INTO collection_items (collection_id, instrument_id, position, why)
       SELECT $1, i.instrument_id, i.position - 1, i.why
       FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS i(instrument_id, why, position)`,
      [id, items.map((i) => i.instrumentId), items.map((i) => i.why)],
    );
  }

  async itemCount(em: EntityManager, id: string): Promise<number> {
    return (await sqlRow<{ count: number }>(em, `SELECT count(*)::int AS count FROM collection_items WHERE collection_id = $1`, [id]))!.count;
  }

  existingInstruments(ids: readonly string[]): Promise<{ id: string }[]> {
    return sqlRows<{ id: string }>(this.dataSource, `SELECT id FROM instruments WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** The steps of several kits, in order. */
  itemsOf(collectionIds: readonly string[]): Promise<(CollectionItem & { collectionId: string })[]> {
    return sqlRows(
      this.dataSource,
      `SELECT collection_id AS "collectionId", instrument_id AS "instrumentId", position + 1 AS step, why
       FROM collection_items WHERE collection_id = ANY($1::uuid[]) ORDER BY collection_id, position`,
      [collectionIds],
    );
  }

  /** The published kits containing each of several instruments, by title. */
  publishedContaining(instrumentIds: readonly string[]): Promise<(Collection & { instrumentId: string })[]> {
    return sqlRows(
      this.dataSource,
      `SELECT ci.instrument_id AS "instrumentId", ${COLUMNS}
       FROM collection_items ci JOIN collections c ON c.id = ci.collection_id
       WHERE ci.instrument_id = ANY($1::uuid[]) AND c.status = 'PUBLISHED' ORDER BY c.title, c.id`,
      [instrumentIds],
    );
  }
}
