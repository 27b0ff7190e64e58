import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../database/postgres-errors.js';
import { DomainError } from '../common/domain-error.js';
import type { CreateSynonymGroupInput, DeleteSynonymGroupInput, UpdateSynonymGroupInput } from './synonym-group.inputs.js';
import type { SynonymGroup } from './synonym-group.model.js';

const GROUPS = `SELECT g.id::text AS id, array_agg(w.word ORDER BY w.position) AS words, g.updated_at AS "updatedAt"
  FROM synonym_groups g JOIN synonym_words w ON w.group_id = g.id`;

/** Curators keep the synonym groups; search reads them (SearchQueries) on every question. */
@Injectable()
export class SynonymsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ordered by first word. */
  list(): Promise<SynonymGroup[]> {
    return this.dataSource.query(`${GROUPS} GROUP BY g.id ORDER BY (array_agg(w.word ORDER BY w.position))[1], g.id`);
  }

  create(input: CreateSynonymGroupInput): Promise<SynonymGroup> {
    return this.dataSource.transaction(async (em) => {
      const [{ id }]: { id: number }[] = await em.query(`INSERT INTO synonym_groups DEFAULT VALUES RETURNING id`);
      await this.writeWords(em, id, input.words);
      return this.byId(em, id);
    });
  }

  update(input: UpdateSynonymGroupInput): Promise<SynonymGroup> {
    return this.dataSource.transaction(async (em) => {
      const id = await this.lock(em, input.id);
      await em.query(`DELETE FROM synonym_words WHERE group_id = $1`, [id]);
      await this.writeWords(em, id, input.words);
      await em.query(`UPDATE synonym_groups SET updated_at = now() WHERE id = $1`, [id]);
      return this.byId(em, id);
    });
  }

  delete(input: DeleteSynonymGroupInput): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const id = await this.lock(em, input.id);
      await em.query(`DELETE FROM synonym_groups WHERE id = $1`, [id]);
      return true;
    });
  }

  private async lock(em: EntityManager, rawId: string): Promise<number> {
    const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
    const rows: unknown[] = id === null ? [] : await em.query(`SELECT id FROM synonym_groups WHERE id = $1 FOR UPDATE`, [id]);
    if (id === null || !rows.length) throw new DomainError('NOT_FOUND', `There is no synonym group with id "${rawId}".`, ['id']);
    return id;
  }

  /** Each word with its Dutch query form, so search finds the group by key from any typed form. */
  private async writeWords(em: EntityManager, groupId: number, words: string[]): Promise<void> {
    const taken: { word: string }[] = await em.query(`SELECT word FROM synonym_words WHERE word = ANY($1::text[]) ORDER BY word`, [words]);
    if (taken.length) throw this.conflict(taken.map((t) => t.word));
    try {
      await em.query(
        `INSERT INTO synonym_words (word, group_id, position, lexemes)
         SELECT w, $1, o, websearch_to_tsquery('dutch', nlc_unaccent(w))::text
         FROM unnest($2::text[]) WITH ORDINALITY AS u(w, o)`,
        [groupId, words],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw this.conflict(words);
      throw error;
    }
  }

  private conflict(words: string[]): DomainError {
    return new DomainError(
      'CONFLICT',
      `${words.map((w) => `"${w}"`).join(', ')} ${words.length === 1 ? 'is' : 'are'} already in another synonym group.`,
      ['words'],
      { words },
    );
  }

  private async byId(em: EntityManager, id: number): Promise<SynonymGroup> {
    const [group]: SynonymGroup[] = await em.query(`${GROUPS} WHERE g.id = $1 GROUP BY g.id`, [id]);
    return group;
  }
}
