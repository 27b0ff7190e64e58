import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CATALOGUE_FACETS, type ReferenceVocabulary } from '#domain';
import { sqlRows } from '../database/typed-sql.js';
import type { FieldChangeRecord } from './instrument-revision.entity.js';
import type { InstrumentLink, StatusChange } from './instrument.model.js';

type SetVocabulary = Exclude<ReferenceVocabulary, 'type'>;

/** Rows of several instruments carry their instrument's id, for the loaders to group them. */
type Of<T> = T & { instrumentId: string };

export interface RevisionRow {
  action: string;
  changedBy: string;
  changedAt: Date;
  changes: FieldChangeRecord[];
}

/** The ids of the terms of every set-valued facet, from its join table (libs/domain CATALOGUE_FACETS). */
const TERM_IDS = CATALOGUE_FACETS.flatMap(({ name, sql }) =>
  'joinTable' in sql
    ? [`SELECT instrument_id AS "instrumentId", '${name}' AS vocabulary, ${sql.column} AS "termId" FROM ${sql.joinTable} WHERE instrument_id = ANY($1::uuid[])`]
    : [],
).join('\n UNION ALL ');

/** The SQL of an instrument's details (terms, links, history), each for a page of instruments at once. */
@Injectable()
export class InstrumentDetailsQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  termIds(ids: readonly string[]): Promise<Of<{ vocabulary: SetVocabulary; termId: number }>[]> {
    return sqlRows(
      this.dataSource,
      TERM_IDS,
      [ids],
    );
  }

  links(ids: readonly string[]): Promise<Of<InstrumentLink>[]> {
    return sqlRows(
      this.dataSource,
      `SELECT instrument_id AS "instrumentId", label, url FROM instrument_links
       WHERE instrument_id = ANY($1::uuid[]) ORDER BY instrument_id, position, id`,
      [ids],
    );
  }

  statusHistory(ids: readonly string[]): Promise<Of<StatusChange>[]> {
    return sqlRows(
      this.dataSource,
      `SELECT instrument_id AS "instrumentId", from_status AS "from", to_status AS "to", note,
              changed_by_name AS "changedBy", changed_at AS "changedAt"
       FROM instrument_status_changes
       WHERE instrument_id = ANY($1::uuid[]) ORDER BY instrument_id, changed_at DESC, id DESC`,
      [ids],
    );
  }

  /** Each instrument's successor and origin, and the instruments it replaces and that derive from it (by title), in one statement. */
  lineage(ids: readonly string[]): Promise<Of<{ replacedById: string | null; replacesIds: string[]; derivedFromId: string | null; derivativeIds: string[] }>[]> {
    return sqlRows(
      this.dataSource,
      `SELECT i.id AS "instrumentId", i.replaced_by_id AS "replacedById", i.derived_from_id AS "derivedFromId",
              ARRAY(SELECT r.id FROM instruments r WHERE r.replaced_by_id = i.id ORDER BY r.title, r.id) AS "replacesIds",
              ARRAY(SELECT d.id FROM instruments d WHERE d.derived_from_id = i.id ORDER BY d.title, d.id) AS "derivativeIds"
       FROM instruments i
       WHERE i.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  revisions(ids: readonly string[]): Promise<Of<RevisionRow>[]> {
    return sqlRows(
      this.dataSource,
      `SELECT instrument_id AS "instrumentId", action, changed_by_name AS "changedBy", changed_at AS "changedAt", changes
       FROM instrument_revisions
       WHERE instrument_id = ANY($1::uuid[]) ORDER BY instrument_id, changed_at DESC, id DESC`,
      [ids],
    );
  }
}
