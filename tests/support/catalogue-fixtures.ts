import type { TestApp } from './test-app.js';
import { dataOf } from './test-app.js';

export interface CatalogueItem {
  id: string;
  slug: string;
  title: string;
  createdAt: string;
  status: string;
  evidenceLevel: string;
  origin: string;
  type: { code: string };
  phases: { code: string }[];
  audiences: { code: string }[];
  sectors: { code: string }[];
  tags: { code: string }[];
}

export const ITEM_FIELDS = `id slug title createdAt status evidenceLevel origin
  type { code } phases { code } audiences { code } sectors { code } tags { code }`;

export type FilterInput = Partial<Record<
  'phases' | 'statuses' | 'types' | 'audiences' | 'sectors' | 'tags' | 'evidenceLevels' | 'origins',
  string[]
>>;

export const INSTRUMENTS_QUERY = `query List($filter: InstrumentFilter, $search: String, $sort: InstrumentSort, $first: Int, $after: String) {
  instruments(filter: $filter, search: $search, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ${ITEM_FIELDS} } }
  }
}`;

interface ListData {
  instruments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: CatalogueItem }[];
  };
}

/** Every instrument matching the arguments, walking the pages; also returns the page count. */
export async function fetchAll(
  app: TestApp,
  // includeRetired: retired instruments are hidden unless asked for (issue 19).
  variables: { filter?: FilterInput & { includeRetired?: boolean }; search?: string; sort?: string; first?: number } = {},
): Promise<{ items: CatalogueItem[]; totalCount: number; pages: number }> {
  const items: CatalogueItem[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount = 0;
  do {
    const data: ListData = dataOf(await app.gql<ListData>(INSTRUMENTS_QUERY, { first: 100, ...variables, after }));
    pages++;
    totalCount = data.instruments.totalCount;
    items.push(...data.instruments.edges.map((e) => e.node));
    after = data.instruments.pageInfo.hasNextPage ? data.instruments.pageInfo.endCursor : null;
    if (pages > 1000) throw new Error('pagination does not end');
  } while (after);
  return { items, totalCount, pages };
}

/** The facet values of an item, by filter field. */
export function valuesOf(item: CatalogueItem, field: keyof FilterInput): string[] {
  switch (field) {
    case 'phases':
      return item.phases.map((t) => t.code);
    case 'audiences':
      return item.audiences.map((t) => t.code);
    case 'sectors':
      return item.sectors.map((t) => t.code);
    case 'tags':
      return item.tags.map((t) => t.code);
    case 'types':
      return [item.type.code];
    case 'statuses':
      return [item.status];
    case 'evidenceLevels':
      return [item.evidenceLevel];
    case 'origins':
      return [item.origin];
  }
}

/** The brute-force reading of a filter: OR within a facet, AND across facets. */
export function matches(item: CatalogueItem, filter: FilterInput, except?: keyof FilterInput): boolean {
  return (Object.entries(filter) as [keyof FilterInput, string[]][]).every(
    ([field, wanted]) =>
      field === except || wanted.length === 0 || valuesOf(item, field).some((v) => wanted.includes(v)),
  );
}

export const FILTER_FIELDS: (keyof FilterInput)[] = [
  'phases',
  'statuses',
  'types',
  'audiences',
  'sectors',
  'tags',
  'evidenceLevels',
  'origins',
];

export const FACET_FIELD: Record<string, keyof FilterInput> = {
  PHASE: 'phases',
  STATUS: 'statuses',
  TYPE: 'types',
  AUDIENCE: 'audiences',
  SECTOR: 'sectors',
  TAG: 'tags',
  EVIDENCE: 'evidenceLevels',
  ORIGIN: 'origins',
};
