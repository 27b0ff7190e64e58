import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ReferenceVocabulary } from '#domain';
import { isUniqueViolation } from '../database/postgres-errors.js';
import { DomainError, badInput } from '../common/domain-error.js';
import type {
  CreateVocabularyTermInput,
  DeleteVocabularyTermInput,
  ReorderVocabularyInput,
  UpdateVocabularyTermInput,
  VocabularyName,
} from './vocabulary-term.inputs.js';
import type { VocabularyTerm } from './vocabulary-term.model.js';
import { VocabularyQueries } from './vocabulary.queries.js';

const vocabularyOf = (name: VocabularyName) => name.toLowerCase() as ReferenceVocabulary;

/** Curators grow the reference vocabularies; codes never change, values in use are hidden, not deleted. */
@Injectable()
export class VocabularyAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: VocabularyQueries,
  ) {}

  /** In `em`'s transaction when given (an import creating the codes it meets). */
  async create(input: CreateVocabularyTermInput, em: EntityManager = this.dataSource.manager): Promise<VocabularyTerm> {
    try {
      return await this.queries.insert(em, vocabularyOf(input.vocabulary), input.code, input.labelNl.trim(), input.labelEn.trim());
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('CONFLICT', `The ${vocabularyOf(input.vocabulary)} code "${input.code}" exists already.`, ['code']);
      }
      throw error;
    }
  }

  async update(input: UpdateVocabularyTermInput): Promise<VocabularyTerm> {
    const term = await this.queries.update(vocabularyOf(input.vocabulary), input.code, {
      labelNl: input.labelNl?.trim() ?? null,
      labelEn: input.labelEn?.trim() ?? null,
      hidden: input.hidden ?? null,
    });
    if (!term) throw this.notFound(input.vocabulary, input.code);
    return term;
  }

  async reorder(input: ReorderVocabularyInput): Promise<VocabularyTerm[]> {
    const vocabulary = vocabularyOf(input.vocabulary);
    return this.dataSource.transaction(async (em) => {
      const existing = await this.queries.lockCodes(em, vocabulary);
      const given = [...input.codes].sort();
      if (new Set(input.codes).size !== input.codes.length || JSON.stringify(given) !== JSON.stringify(existing)) {
        throw badInput('Give every code of the vocabulary exactly once, in the new order.', 'codes');
      }
      return this.queries.reorder(em, vocabulary, input.codes);
    });
  }

  async delete(input: DeleteVocabularyTermInput): Promise<boolean> {
    const vocabulary = vocabularyOf(input.vocabulary);
    return this.dataSource.transaction(async (em: EntityManager) => {
      const id = await this.queries.lockTerm(em, vocabulary, input.code);
      if (id === undefined) throw this.notFound(input.vocabulary, input.code);
      const uses = await this.queries.uses(em, vocabulary, id);
      if (uses > 0) {
        throw new DomainError(
          'CONFLICT',
          `"${input.code}" is used by ${uses} instrument(s); hide it instead of deleting it.`,
          ['code'],
          { uses },
        );
      }
      await this.queries.delete(em, vocabulary, id);
      return true;
    });
  }

  private notFound(vocabulary: VocabularyName, code: string): DomainError {
    return new DomainError('NOT_FOUND', `There is no ${vocabularyOf(vocabulary)} with code "${code}".`, ['code']);
  }
}
