import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import { DataSource } from 'typeorm';
import { catalogueFacet } from '#domain';
import { CatalogueQueries, type CatalogueCriteria } from '../catalogue/catalogue.queries.js';
import type { InstrumentSort } from '../catalogue/catalogue.enums.js';
import { cursorAfter, type Cursor } from '../catalogue/cursor.js';
import { readInstrumentStates, type InstrumentState } from '../catalogue/instrument-state.js';
import { InstrumentsService } from '../catalogue/instruments.service.js';
import { DomainError } from '../common/domain-error.js';
import { FilesQueries } from '../files/files.queries.js';
import { VocabularyService } from '../vocabularies/vocabulary.service.js';
import { exportColumns, formatCell, type ExchangeColumn, type ExchangeRecord } from './exchange-columns.js';
import type { ExportQuery, Separator } from './export-query.js';
import { selectExchangeExtras, type ExchangeExtras } from './import.queries.js';
import { readableHeaders, readableRow } from './readable-export.js';

/** Rows read per statement pair; memory holds one batch, whatever the size of the export. */
export const EXPORT_BATCH = 1000;

const byCode = (codes: string[]) => [...codes].sort();

/** Codes in code order (not the vocabulary's display order), so a file does not depend on positions. */
export function toExchangeRecord(state: InstrumentState, extras: ExchangeExtras | undefined, withContactEmail: boolean, files = ''): ExchangeRecord {
  const value = (column: ExchangeColumn) => {
    if (column.key === 'createdAt') return new Date(state.createdAt).toISOString();
    if (column.key === 'derivedFrom' || column.key === 'replacedBy' || column.key === 'evidenceReason') return extras?.[column.key] ?? null;
    if (column.key === 'files') return files;
    return column.kind === 'codes' ? byCode(state[column.key as keyof InstrumentState] as string[]) : state[column.key as keyof InstrumentState];
  };
  // In the file's column order, which is the JSON objects' key order.
  return Object.fromEntries(exportColumns(withContactEmail).map((column) => [column.key, value(column)])) as unknown as ExchangeRecord;
}

/**
 * The catalogue as a file: the same filter, search and sort as the catalogue page, read in
 * keyset batches with the catalogue's own query, so a 100,000-row export needs no more memory
 * than a 1,000-row one and holds no connection between batches.
 */
@Injectable()
export class ExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly instruments: InstrumentsService,
    private readonly queries: CatalogueQueries,
    private readonly vocabularies: VocabularyService,
    private readonly files: FilesQueries,
  ) {}

  /** Checks the query (unknown codes are input errors) before anything is sent; the rows come later. */
  async records(query: ExportQuery, withContactEmail: boolean): Promise<AsyncGenerator<ExchangeRecord>> {
    const vocabulary = await this.vocabularies.snapshot();
    let criteria: CatalogueCriteria;
    try {
      criteria = await this.instruments.criteria({ filter: query.filter, search: query.search }, vocabulary);
    } catch (error) {
      // Name the URL parameter (fase), not the GraphQL argument (filter.phases).
      if (!(error instanceof DomainError)) throw error;
      const params = error.fields.map((f) => catalogueFacet({ filterField: f.replace(/^filter\./, '') })?.param ?? f);
      throw new DomainError(error.code, error.message, params);
    }
    const sort = this.instruments.sortFor(query.sort, criteria);
    return this.read(criteria, sort, withContactEmail);
  }

  csv(records: AsyncIterable<ExchangeRecord>, separator: Separator, withContactEmail: boolean): Readable {
    const columns = exportColumns(withContactEmail);
    const rows = Readable.from(
      (async function* () {
        yield columns.map((c) => c.header);
        for await (const record of records) yield columns.map((c) => formatCell(c, record));
      })(),
    );
    // CRLF between records, and quotes around any cell with a line break in it, for Excel.
    return rows.pipe(
      stringify({ bom: true, delimiter: separator, record_delimiter: 'windows', quoted_match: /[\r\n]/ }),
    );
  }

  /** For people, in Dutch Excel: labels, plain text, page links; `;`-separated with a BOM (readable-export.ts). */
  async excel(records: AsyncIterable<ExchangeRecord>, withContactEmail: boolean): Promise<Readable> {
    const vocabulary = await this.vocabularies.snapshot();
    const rows = Readable.from(
      (async function* () {
        yield readableHeaders(withContactEmail);
        for await (const record of records) yield readableRow(record, vocabulary, withContactEmail);
      })(),
    );
    return rows.pipe(stringify({ bom: true, delimiter: ';', record_delimiter: 'windows', quoted_match: /[\r\n]/ }));
  }

  json(records: AsyncIterable<ExchangeRecord>): Readable {
    return Readable.from(
      (async function* () {
        let first = true;
        yield '[';
        for await (const record of records) {
          yield `${first ? '\n' : ',\n'}${JSON.stringify(record)}`;
          first = false;
        }
        yield first ? ']\n' : '\n]\n';
      })(),
    );
  }

  private async *read(
    criteria: CatalogueCriteria,
    sort: InstrumentSort,
    withContactEmail: boolean,
  ): AsyncGenerator<ExchangeRecord> {
    let after: Cursor | null = null;
    for (;;) {
      const rows = await this.queries.page(criteria, sort, EXPORT_BATCH, after);
      const batch = rows.slice(0, EXPORT_BATCH);
      if (batch.length === 0) return;
      const ids = batch.map((r) => r.id);
      const states = await readInstrumentStates(this.dataSource.manager, { ids });
      const byId = new Map(states.map((s) => [s.id, s]));
      const extras = new Map((await selectExchangeExtras(this.dataSource.manager, { ids })).map((e) => [e.id, e]));
      const files = new Map((await this.files.exportCellsOf(ids)).map((f) => [f.instrumentId, f.files]));
      for (const row of batch) {
        // An instrument deleted between the two statements is left out.
        const state = byId.get(row.id);
        if (state) yield toExchangeRecord(state, extras.get(row.id), withContactEmail, files.get(row.id));
      }
      if (rows.length <= EXPORT_BATCH) return;
      const last = batch.at(-1)!;
      after = cursorAfter(sort, last);
    }
  }
}
