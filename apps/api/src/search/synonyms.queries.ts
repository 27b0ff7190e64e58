import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlRow, sqlRows, sqlRun, type Db } from '../database/typed-sql.js';
import type { SynonymGroup } from './synonym-group.model.js';

const GROUPS = `SELECT g.id::text AS id, array_agg(w.word ORDER BY w.position) AS words, g.updated_at AS "updatedAt"
  FROM synonym_groups g JOIN synonym_words w ON w.group_id = g.id`;

/** The SQL of the synonym groups as curators keep them (search reads them in SearchWordsQueries). */
@Injectable()
export class SynonymsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ordered by first word. */
  list(): Promise<SynonymGroup[]> {
    return sqlRows<SynonymGroup>(this.dataSource, `${GROUPS} GROUP BY g.id ORDER BY (array_agg(w.word ORDER BY w.position))[1], g.id`);
  }

  async byId(db: Db, id: number): Promise<SynonymGroup> {
    const group = await sqlRow<SynonymGroup>(db, `${GROUPS} WHERE g.id = $1 GROUP BY g.id`, [id]);
    return group!;
  }

  async insertGroup(db: Db): Promise<number> {
    const row = await sqlRow<{ id: number }>(db, `INSERT INTO synonym_groups DEFAULT VALUES RETURNING id`);
    return row!.id;
  }

  /** True when the group exists; it stays locked for this transaction. */
  async lockGroup(db: Db, id: number): Promise<boolean> {
    return (await sqlRows(db, `SELECT id FROM synonym_groups WHERE id = $1 FOR UPDATE`, [id])).length > 0;
  }

  async touchGroup(db: Db, id: number): Promise<void> {
    await sqlRun(db, `UPDATE synonym_groups SET updated_at = now() WHERE id = $1`, [id]);
  }

  async deleteGroup(db: Db, id: number): Promise<void> {
    await sqlRun(db, `DELETE FROM synonym_groups WHERE id = $1`, [id]);
  }

  async deleteWords(db: Db, groupId: number): Promise<void> {
    await sqlRun(db, `DELETE FROM synonym_words WHERE group_id = $1`, [groupId]);
  }

  /** Those of `words` that some group has already. */
  async takenWords(db: Db, words: string[]): Promise<string[]> {
    const rows = await sqlRows<{ word: string }>(db, `SELECT word FROM synonym_words WHERE word = ANY($1::text[]) ORDER BY word`, [words]);
    return rows.map((row) => row.word);
  }

  /** Each word with its Dutch query form, so search finds the group by key from any typed form. */
  async insertWords(db: Db, groupId: number, words: string[]): Promise<void> {
    await sqlRun(
      db,
      `INSERT INTO synonym_words (word, group_id, position, lexemes)
       SELECT w, $1, o, websearch_to_tsquery('dutch', nlc_unaccent(w))::text
       FROM unnest($2::text[]) WITH ORDINALITY AS u(w, o)`,
      [groupId, words],
    );
  }
}
