import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { ReferenceVocabulary } from '#domain';
import { CatalogueQueries, type InstrumentRow } from './catalogue.queries.js';
import { InstrumentDetailsQueries } from './instrument-details.queries.js';
import type { FieldChangeRecord } from './instrument-revision.entity.js';
import type { FieldChange, InstrumentLink, InstrumentRevision, StatusChange } from './instrument.model.js';

export type InstrumentTermIds = Record<Exclude<ReferenceVocabulary, 'type'>, number[]>;

export interface InstrumentDetailLoaders {
  termIds: DataLoader<string, InstrumentTermIds>;
  links: DataLoader<string, InstrumentLink[]>;
  statusHistory: DataLoader<string, StatusChange[]>;
  revisions: DataLoader<string, InstrumentRevision[]>;
  instrumentById: DataLoader<string, InstrumentRow | null>;
  /** "Vervangen door" and "afgeleid van" both ways: the successor and origin, and the instruments this one replaces and that derive from it. */
  lineage: DataLoader<string, InstrumentLineage>;
}

export interface InstrumentLineage {
  replacedById: string | null;
  replacesIds: string[];
  derivedFromId: string | null;
  derivativeIds: string[];
}

function items(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((v) => (typeof v === 'object' && v && 'url' in v ? `${(v as InstrumentLink).label} (${(v as InstrumentLink).url})` : String(v)));
}

function display(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return items(value)?.join(', ') ?? String(value);
}

const toFieldChange = (change: FieldChangeRecord): FieldChange => ({
  field: change.field,
  oldValue: display(change.old),
  newValue: display(change.new),
  oldItems: items(change.old),
  newItems: items(change.new),
});

function groupBy<T extends { instrumentId: string }>(ids: readonly string[], rows: T[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.instrumentId)?.push(row);
  return ids.map((id) => groups.get(id)!);
}

/** Per-request batch loaders: one statement per kind of detail for a whole page of instruments. */
@Injectable()
export class InstrumentDetailsLoaderFactory {
  constructor(
    private readonly details: InstrumentDetailsQueries,
    private readonly queries: CatalogueQueries,
  ) {}

  create(): InstrumentDetailLoaders {
    return {
      termIds: new DataLoader((ids) => this.termIds(ids)),
      links: new DataLoader((ids) => this.links(ids)),
      statusHistory: new DataLoader((ids) => this.statusHistory(ids)),
      revisions: new DataLoader((ids) => this.revisions(ids)),
      instrumentById: new DataLoader((ids) => this.queries.byIds(ids)),
      lineage: new DataLoader((ids) => this.lineage(ids)),
    };
  }

  private async termIds(ids: readonly string[]): Promise<InstrumentTermIds[]> {
    const rows = await this.details.termIds(ids);
    return groupBy(ids, rows).map((group) => {
      const result: InstrumentTermIds = { phase: [], audience: [], sector: [], tag: [] };
      for (const row of group) result[row.vocabulary].push(row.termId);
      return result;
    });
  }

  private async links(ids: readonly string[]): Promise<InstrumentLink[][]> {
    const rows = await this.details.links(ids);
    return groupBy(ids, rows).map((group) => group.map(({ label, url }) => ({ label, url })));
  }

  private async statusHistory(ids: readonly string[]): Promise<StatusChange[][]> {
    const rows = await this.details.statusHistory(ids);
    return groupBy(ids, rows).map((group) => group.map(({ instrumentId: _, ...change }) => change));
  }

  private async lineage(ids: readonly string[]): Promise<InstrumentLineage[]> {
    const rows = new Map((await this.details.lineage(ids)).map(({ instrumentId, ...lineage }) => [instrumentId, lineage]));
    return ids.map((id) => rows.get(id) ?? { replacedById: null, replacesIds: [], derivedFromId: null, derivativeIds: [] });
  }

  private async revisions(ids: readonly string[]): Promise<InstrumentRevision[][]> {
    const rows = await this.details.revisions(ids);
    return groupBy(ids, rows).map((group) =>
      group.map(({ action, changedBy, changedAt, changes }) => ({
        action,
        changedBy,
        changedAt,
        changes: changes.map(toFieldChange),
      })),
    );
  }
}
