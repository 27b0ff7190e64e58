import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ReferenceVocabulary } from '#domain';
import { isUniqueViolation } from '../database/postgres-errors.js';
import { updateReturning } from '../database/update-returning.js';
import { DomainError, badInput } from '../common/domain-error.js';
import type {
  CreateVocabularyTermInput,
  DeleteVocabularyTermInput,
  ReorderVocabularyInput,
  UpdateVocabularyTermInput,
  VocabularyName,
} from './vocabulary-term.inputs.js';
import type { VocabularyTerm } from './vocabulary-term.model.js';
import { VOCABULARY_TABLES } from './vocabulary.service.js';

const TERM_COLUMNS = `code, label_nl AS "labelNl", label_en AS "labelEn", position, hidden`;

/** Where each vocabulary is used, to refuse deleting a value in use. */
const USAGE: Record<ReferenceVocabulary, [table: string, column: string]> = {
  phase: ['instrument_phases', 'phase_id'],
  type: ['instruments', 'type_id'],
  audience: ['instrument_audiences', 'audience_id'],
  sector: ['instrument_sectors', 'sector_id'],
  tag: ['instrument_tags', 'tag_id'],
};

const vocabularyOf = (name: VocabularyName) => name.toLowerCase() as ReferenceVocabulary;

/** Curators grow the reference vocabularies; codes never change, values in use are hidden, not deleted. */
@Injectable()
export class VocabularyAdminService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** In `em`'s transaction when given (an import creating the codes it meets). */
  async create(input: CreateVocabularyTermInput, em: EntityManager = this.dataSource.manager): Promise<VocabularyTerm> {
    const table = VOCABULARY_TABLES[vocabularyOf(input.vocabulary)];
    try {
      const [term]: VocabularyTerm[] = await em.query(
        `INSERT INTO ${table} (code, label_nl, label_en, position)
         VALUES ($1, $2, $3, (SELECT coalesce(max(position), 0) + 1 FROM ${table}))
         RETURNING ${TERM_COLUMNS}`,
        [input.code, input.labelNl.trim(), input.labelEn.trim()],
      );
      return term;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('CONFLICT', `The ${vocabularyOf(input.vocabulary)} code "${input.code}" exists already.`, ['code']);
      }
      throw error;
    }
  }

  async update(input: UpdateVocabularyTermInput): Promise<VocabularyTerm> {
    const table = VOCABULARY_TABLES[vocabularyOf(input.vocabulary)];
    const rows = await updateReturning<VocabularyTerm>(
      this.dataSource,
      `UPDATE ${table} SET label_nl = coalesce($2, label_nl), label_en = coalesce($3, label_en), hidden = coalesce($4, hidden)
       WHERE code = $1 RETURNING ${TERM_COLUMNS}`,
      [input.code, input.labelNl?.trim() ?? null, input.labelEn?.trim() ?? null, input.hidden ?? null],
    );
    if (!rows[0]) throw this.notFound(input.vocabulary, input.code);
    return rows[0];
  }

  async reorder(input: ReorderVocabularyInput): Promise<VocabularyTerm[]> {
    const table = VOCABULARY_TABLES[vocabularyOf(input.vocabulary)];
    return this.dataSource.transaction(async (em) => {
      const existing: { code: string }[] = await em.query(`SELECT code FROM ${table} ORDER BY code FOR UPDATE`);
      const given = [...input.codes].sort();
      if (new Set(input.codes).size !== input.codes.length || JSON.stringify(given) !== JSON.stringify(existing.map((e) => e.code))) {
        throw badInput('Give every code of the vocabulary exactly once, in the new order.', 'codes');
      }
      await em.query(
        `UPDATE ${table} t SET position = o.position FROM unnest($1::text[]) WITH ORDINALITY AS o(code, position)
         WHERE t.code = o.code`,
        [input.codes],
      );
      return em.query(`SELECT ${TERM_COLUMNS} FROM ${table} ORDER BY position, code`);
    });
  }

  async delete(input: DeleteVocabularyTermInput): Promise<boolean> {
    const vocabulary = vocabularyOf(input.vocabulary);
    const table = VOCABULARY_TABLES[vocabulary];
    const [usageTable, usageColumn] = USAGE[vocabulary];
    return this.dataSource.transaction(async (em: EntityManager) => {
      // The row lock makes concurrent inserts that reference the term wait, then fail.
      const rows: { id: number }[] = await em.query(`SELECT id FROM ${table} WHERE code = $1 FOR UPDATE`, [input.code]);
      if (!rows[0]) throw this.notFound(input.vocabulary, input.code);
      const [{ uses }] = await em.query(`SELECT count(*)::int AS uses FROM ${usageTable} WHERE ${usageColumn} = $1`, [
        rows[0].id,
      ]);
      if (uses > 0) {
        throw new DomainError(
          'CONFLICT',
          `"${input.code}" is used by ${uses} instrument(s); hide it instead of deleting it.`,
          ['code'],
          { uses },
        );
      }
      await em.query(`DELETE FROM ${table} WHERE id = $1`, [rows[0].id]);
      return true;
    });
  }

  private notFound(vocabulary: VocabularyName, code: string): DomainError {
    return new DomainError('NOT_FOUND', `There is no ${vocabularyOf(vocabulary)} with code "${code}".`, ['code']);
  }
}
