import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { catalogueFacet, type ReferenceVocabulary } from '#domain';
import { sqlRow, sqlRows, sqlRun, type Db } from '../database/typed-sql.js';
import type { VocabularyTerm } from './vocabulary-term.model.js';

export const VOCABULARY_TABLES: Record<ReferenceVocabulary, string> = {
  phase: 'phases',
  type: 'instrument_types',
  audience: 'audiences',
  sector: 'sectors',
  tag: 'tags',
};

const TERM_COLUMNS = `code, label_nl AS "labelNl", label_en AS "labelEn", position, hidden`;

export interface StoredTermRow {
  vocabulary: ReferenceVocabulary;
  id: number;
  code: string;
  label_nl: string;
  label_en: string;
  position: number;
  hidden: boolean;
}

/** Where an instrument uses a vocabulary's ids (libs/domain CATALOGUE_FACETS): a join table, or a column of `instruments`. */
function usageOf(vocabulary: ReferenceVocabulary): [table: string, column: string] {
  const sql = catalogueFacet({ name: vocabulary })!.sql;
  return 'joinTable' in sql ? [sql.joinTable, sql.column] : ['instruments', sql.column];
}

/** The SQL of the reference vocabularies (one table each, VOCABULARY_TABLES). `db` is a transaction's manager. */
@Injectable()
export class VocabularyQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every term of every reference vocabulary, in one statement. */
  allTerms(db: Db = this.dataSource): Promise<StoredTermRow[]> {
    const sql = Object.entries(VOCABULARY_TABLES)
      .map(([vocabulary, table]) => `SELECT '${vocabulary}' AS vocabulary, id, code, label_nl, label_en, position, hidden FROM ${table}`)
      .join(' UNION ALL ');
    return sqlRows<StoredTermRow>(db, `${sql} ORDER BY vocabulary, position, code`);
  }

  /** A new term at the end of its vocabulary. */
  async insert(db: Db, vocabulary: ReferenceVocabulary, code: string, labelNl: string, labelEn: string): Promise<VocabularyTerm> {
    const table = VOCABULARY_TABLES[vocabulary];
    const row = await sqlRow<VocabularyTerm>(
      db,
      `INSERT INTO ${table} (code, label_nl, label_en, position)
       VALUES ($1, $2, $3, (SELECT coalesce(max(position), 0) + 1 FROM ${table}))
       RETURNING ${TERM_COLUMNS}`,
      [code, labelNl, labelEn],
    );
    return row!;
  }

  /** Null leaves a value as it is; undefined when there is no term with this code. */
  update(
    vocabulary: ReferenceVocabulary,
    code: string,
    change: { labelNl: string | null; labelEn: string | null; hidden: boolean | null },
  ): Promise<VocabularyTerm | undefined> {
    return sqlRow<VocabularyTerm>(
      this.dataSource,
      `UPDATE ${VOCABULARY_TABLES[vocabulary]} SET label_nl = coalesce($2, label_nl), label_en = coalesce($3, label_en), hidden = coalesce($4, hidden)
       WHERE code = $1 RETURNING ${TERM_COLUMNS}`,
      [code, change.labelNl, change.labelEn, change.hidden],
    );
  }

  async lockCodes(db: Db, vocabulary: ReferenceVocabulary): Promise<string[]> {
    const rows = await sqlRows<{ code: string }>(db, `SELECT code FROM ${VOCABULARY_TABLES[vocabulary]} ORDER BY code FOR UPDATE`);
    return rows.map((row) => row.code);
  }

  /** Positions 1, 2, … in the order of `codes`; the vocabulary's terms in their new order. */
  async reorder(db: Db, vocabulary: ReferenceVocabulary, codes: string[]): Promise<VocabularyTerm[]> {
    const table = VOCABULARY_TABLES[vocabulary];
    await sqlRun(
      db,
      `UPDATE ${table} t SET position = o.position FROM unnest($1::text[]) WITH ORDINALITY AS o(code, position)
       WHERE t.code = o.code`,
      [codes],
    );
    return sqlRows<VocabularyTerm>(db, `SELECT ${TERM_COLUMNS} FROM ${table} ORDER BY position, code`);
  }

  /** The term's id, locked: concurrent inserts that reference it wait, then fail. */
  async lockTerm(db: Db, vocabulary: ReferenceVocabulary, code: string): Promise<number | undefined> {
    const row = await sqlRow<{ id: number }>(db, `SELECT id FROM ${VOCABULARY_TABLES[vocabulary]} WHERE code = $1 FOR UPDATE`, [code]);
    return row?.id;
  }

  /** How many instruments use the term. */
  async uses(db: Db, vocabulary: ReferenceVocabulary, id: number): Promise<number> {
    const [table, column] = usageOf(vocabulary);
    const row = await sqlRow<{ uses: number }>(db, `SELECT count(*)::int AS uses FROM ${table} WHERE ${column} = $1`, [id]);
    return row!.uses;
  }

  async delete(db: Db, vocabulary: ReferenceVocabulary, id: number): Promise<void> {
    await sqlRun(db, `DELETE FROM ${VOCABULARY_TABLES[vocabulary]} WHERE id = $1`, [id]);
  }
}
