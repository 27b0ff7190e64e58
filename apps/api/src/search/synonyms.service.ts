import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../database/postgres-errors.js';
import { DomainError } from '../common/domain-error.js';
import type { CreateSynonymGroupInput, DeleteSynonymGroupInput, UpdateSynonymGroupInput } from './synonym-group.inputs.js';
import type { SynonymGroup } from './synonym-group.model.js';
import { SynonymsQueries } from './synonyms.queries.js';

/** Curators keep the synonym groups; search reads them (SearchQueries) on every question. */
@Injectable()
export class SynonymsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: SynonymsQueries,
  ) {}

  /** Ordered by first word. */
  list(): Promise<SynonymGroup[]> {
    return this.queries.list();
  }

  create(input: CreateSynonymGroupInput): Promise<SynonymGroup> {
    return this.dataSource.transaction(async (em) => {
      const id = await this.queries.insertGroup(em);
      await this.writeWords(em, id, input.words);
      return this.queries.byId(em, id);
    });
  }

  update(input: UpdateSynonymGroupInput): Promise<SynonymGroup> {
    return this.dataSource.transaction(async (em) => {
      const id = await this.lock(em, input.id);
      await this.queries.deleteWords(em, id);
      await this.writeWords(em, id, input.words);
      await this.queries.touchGroup(em, id);
      return this.queries.byId(em, id);
    });
  }

  delete(input: DeleteSynonymGroupInput): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const id = await this.lock(em, input.id);
      await this.queries.deleteGroup(em, id);
      return true;
    });
  }

  private async lock(em: EntityManager, rawId: string): Promise<number> {
    const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
    if (id === null || !(await this.queries.lockGroup(em, id))) throw new DomainError('NOT_FOUND', `There is no synonym group with id "${rawId}".`, ['id']);
    return id;
  }

  /** A word is in one group at most. */
  private async writeWords(em: EntityManager, groupId: number, words: string[]): Promise<void> {
    const taken = await this.queries.takenWords(em, words);
    if (taken.length) throw this.conflict(taken);
    try {
      await this.queries.insertWords(em, groupId, words);
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
}
