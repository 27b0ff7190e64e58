import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { ReferenceVocabulary } from '#domain';
import type { InstrumentLink, StatusChange } from './instrument.model.js';

export type InstrumentTermIds = Record<Exclude<ReferenceVocabulary, 'type'>, number[]>;

export interface InstrumentDetailLoaders {
  termIds: DataLoader<string, InstrumentTermIds>;
  links: DataLoader<string, InstrumentLink[]>;
  statusHistory: DataLoader<string, StatusChange[]>;
}

function groupBy<T extends { instrumentId: string }>(ids: readonly string[], rows: T[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.instrumentId)?.push(row);
  return ids.map((id) => groups.get(id)!);
}

/** Per-request batch loaders: one statement per kind of detail for a whole page of instruments. */
@Injectable()
export class InstrumentDetailsLoaderFactory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(): InstrumentDetailLoaders {
    return {
      termIds: new DataLoader((ids) => this.termIds(ids)),
      links: new DataLoader((ids) => this.links(ids)),
      statusHistory: new DataLoader((ids) => this.statusHistory(ids)),
    };
  }

  private async termIds(ids: readonly string[]): Promise<InstrumentTermIds[]> {
    const rows: { instrumentId: string; vocabulary: keyof InstrumentTermIds; termId: number }[] =
      await this.dataSource.query(
        `SELECT instrument_id AS "instrumentId", 'phase' AS vocabulary, phase_id AS "termId" FROM instrument_phases WHERE instrument_id = ANY($1::uuid[])
         UNION ALL SELECT instrument_id, 'audience', audience_id FROM instrument_audiences WHERE instrument_id = ANY($1::uuid[])
         UNION ALL SELECT instrument_id, 'sector', sector_id FROM instrument_sectors WHERE instrument_id = ANY($1::uuid[])
         UNION ALL SELECT instrument_id, 'tag', tag_id FROM instrument_tags WHERE instrument_id = ANY($1::uuid[])`,
        [ids],
      );
    return groupBy(ids, rows).map((group) => {
      const result: InstrumentTermIds = { phase: [], audience: [], sector: [], tag: [] };
      for (const row of group) result[row.vocabulary].push(row.termId);
      return result;
    });
  }

  private async links(ids: readonly string[]): Promise<InstrumentLink[][]> {
    const rows: (InstrumentLink & { instrumentId: string })[] = await this.dataSource.query(
      `SELECT instrument_id AS "instrumentId", label, url FROM instrument_links
       WHERE instrument_id = ANY($1::uuid[]) ORDER BY instrument_id, position, id`,
      [ids],
    );
    return groupBy(ids, rows).map((group) => group.map(({ label, url }) => ({ label, url })));
  }

  private async statusHistory(ids: readonly string[]): Promise<StatusChange[][]> {
    const rows: (StatusChange & { instrumentId: string })[] = await this.dataSource.query(
      `SELECT instrument_id AS "instrumentId", from_status AS "from", to_status AS "to", note,
              changed_by_name AS "changedBy", changed_at AS "changedAt"
       FROM instrument_status_changes
       WHERE instrument_id = ANY($1::uuid[]) ORDER BY instrument_id, changed_at DESC, id DESC`,
      [ids],
    );
    return groupBy(ids, rows).map((group) => group.map(({ instrumentId: _, ...change }) => change));
  }
}
