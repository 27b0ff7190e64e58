/**
 * W11's visitors: a seeded stream of catalogue questions shaped like a search log (Zipf-distributed
 * Dutch words, one or two per question, optional filters and sorts, some visitors paging on), asked
 * with the catalogue page's own GraphQL documents as Apollo Client sends them.
 */
import { readFile } from 'node:fs/promises';
import { version as apolloVersion } from '@apollo/client';
import { addTypenameToDocument, print } from '@apollo/client/utilities';
import { Kind, parse, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import {
  CATALOGUE_FACET_PARAMS,
  CATALOGUE_PARAMS,
  CATALOGUE_SORT_PARAMS,
  EVIDENCE_LEVELS,
  ORIGINS,
  PROTOTYPE_STATUSES,
  SEARCH_STOP_WORDS,
  type CatalogueFacet,
  type CatalogueSort,
} from '#domain';
import { AUDIENCE_PHRASES, CONTEXTS, INSTRUMENT_NOUNS, RARE_TERM, SENTENCES, TAGS, THEMES, VERBS } from './words.js';

/** The web app's documents (the catalogue page's operations, its starter kits block's, and the fragments they spread). */
const WEB_DOCUMENTS = [
  'apps/web/src/features/catalogue/graphql/catalogue.graphql',
  'apps/web/src/features/collections/graphql/collections.graphql',
  'apps/web/src/app/terms.graphql',
];
/** The catalogue page's page size (apps/web useCatalogueUrl PAGE_SIZE). */
export const PAGE_SIZE = 20;

export interface WebOperation {
  operationName: string;
  query: string;
}

/**
 * An operation of the catalogue page as Apollo Client sends it: the operation and the fragments it
 * spreads, with `__typename` added to every selection (Apollo's cache does that), printed by Apollo.
 * Read from the .graphql files at run time, so W11 asks whatever the page asks today.
 */
export async function webOperation(operationName: string): Promise<WebOperation> {
  const definitions: DefinitionNode[] = [];
  for (const file of WEB_DOCUMENTS) definitions.push(...parse(await readFile(file, 'utf8')).definitions);
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operationName);
  if (!operation) throw new Error(`${operationName} is not in ${WEB_DOCUMENTS.join(', ')}`);
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const used: FragmentDefinitionNode[] = [];
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.includes(fragment)) {
          used.push(fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...used] };
  return { operationName, query: print(addTypenameToDocument(document)) };
}

/** mulberry32: a small seeded generator, so the stream is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from `items` with probability ∝ 1/(rank+1)^s: the first items dominate, as in a search log. */
export function zipf<T>(items: readonly T[], s: number, random: () => number): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < items.length; k++) cumulative.push((total += 1 / (k + 1) ** s));
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}

/** Picks one branch by weight. */
function weighted<T>(choices: [weight: number, value: T][], random: () => number): T {
  let target = random() * choices.reduce((sum, [w]) => sum + w, 0);
  for (const [w, value] of choices) if ((target -= w) < 0) return value;
  return choices[choices.length - 1][1];
}

/**
 * What visitors type, most asked first: the themes of the catalogue, then kinds of instrument,
 * tags, audiences and contexts, then the other words of its texts; plus a word it does not hold.
 */
export function searchWords(): string[] {
  const words = [
    ...THEMES,
    ...INSTRUMENT_NOUNS,
    ...TAGS.map(([, nl]) => nl),
    ...AUDIENCE_PHRASES,
    ...CONTEXTS,
    ...VERBS,
    RARE_TERM,
    ...SENTENCES,
  ]
    .flatMap((text) => text.toLowerCase().split(/[^\p{L}-]+/u))
    .filter((w) => w.length >= 4 && !SEARCH_STOP_WORDS.has(w));
  return [...new Set(words)];
}

/** Codes per facet that questions filter on, most used first. */
export type FacetCodes = Record<CatalogueFacet, string[]>;

/** Facets and sorts as the page names them (libs/domain, shared with the web app's URL). */
const FACET_USE: CatalogueFacet[] = ['PHASE', 'SECTOR', 'TYPE', 'AUDIENCE', 'TAG', 'STATUS', 'EVIDENCE', 'ORIGIN'];
const SORTS = Object.values(CATALOGUE_SORT_PARAMS) as CatalogueSort[];

/** Fixed codes from libs/domain; the reference vocabularies come from the dataset. */
export const DOMAIN_FACET_CODES: Pick<FacetCodes, 'STATUS' | 'EVIDENCE' | 'ORIGIN'> = {
  STATUS: [...PROTOTYPE_STATUSES].reverse(),
  EVIDENCE: [...EVIDENCE_LEVELS],
  ORIGIN: [...ORIGINS],
};

export interface Question {
  search: string | null;
  /** Filter fields in the page's order (libs/domain CATALOGUE_FACET_PARAMS), codes in the order chosen. */
  filter: Record<string, string[]>;
  sort: CatalogueSort;
  /** How many pages of 20 the visitor sees: page 2 and on follow the previous page's endCursor. */
  pages: number;
}

/** Drops one inner letter: the kind of typo a visitor makes. */
function typo(word: string, random: () => number): string {
  if (word.length < 5) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, at) + word.slice(at + 1);
}

/**
 * A seeded stream of questions. Shares (per question): no words 10 %, one word 55 %, two words
 * 35 % (each word Zipf over `searchWords()`, 6 % of them with a typo); no filter 55 %, one 30 %,
 * two 10 %, three 5 % (facet and code Zipf; one facet in ten gets a second code); the page's
 * default sort 75 %, else another; one page 80 %, two 15 %, three 5 %.
 */
export function questionStream(codes: FacetCodes, seed: number, length: number): Question[] {
  const random = seededRandom(seed);
  const word = zipf(searchWords(), 1, random);
  const facet = zipf(FACET_USE, 1, random);
  const code = Object.fromEntries(FACET_USE.map((f) => [f, zipf(codes[f], 1, random)])) as Record<CatalogueFacet, () => string>;
  const questions: Question[] = [];
  for (let i = 0; i < length; i++) {
    const words: string[] = [];
    const wordCount = weighted([[10, 0], [55, 1], [35, 2]], random);
    while (words.length < wordCount) {
      const next = word();
      if (!words.includes(next)) words.push(random() < 0.06 ? typo(next, random) : next);
    }
    const chosen = new Map<CatalogueFacet, string[]>();
    const facetCount = weighted([[55, 0], [30, 1], [10, 2], [5, 3]], random);
    for (let attempt = 0; chosen.size < facetCount && attempt < 20; attempt++) {
      const f = facet();
      if (chosen.has(f) || !codes[f].length) continue;
      const values = [code[f]()];
      if (random() < 0.1) {
        const second = code[f]();
        if (second !== values[0]) values.push(second);
      }
      chosen.set(f, values);
    }
    const filter: Record<string, string[]> = {};
    for (const f of Object.keys(CATALOGUE_FACET_PARAMS) as CatalogueFacet[]) {
      const values = chosen.get(f);
      if (values) filter[CATALOGUE_FACET_PARAMS[f][1]] = values;
    }
    const search = words.length ? words.join(' ') : null;
    const standard: CatalogueSort = search ? 'RELEVANCE' : 'USABLE_FIRST';
    const others = SORTS.filter((s) => s !== standard && (search || s !== 'RELEVANCE'));
    const sort = random() < 0.75 ? standard : others[Math.floor(random() * others.length)];
    const pages = weighted([[80, 1], [15, 2], [5, 3]], random);
    questions.push({ search, filter, sort, pages });
  }
  return questions;
}

/** How many of the questions differ in words, filters, sort or pages. */
export function distinctQuestions(questions: Question[]): number {
  return new Set(questions.map((q) => JSON.stringify(q))).size;
}

/** The variables the page sends (apps/web catalogue preload.ts listVariables/facetVariables, fetchMore's after). */
export const listVariables = (q: Question, after?: string) => ({
  filter: q.filter,
  search: q.search,
  sort: q.sort,
  first: PAGE_SIZE,
  ...(after ? { after } : {}),
});
export const facetVariables = (q: Question) => ({ filter: q.filter, search: q.search });

const SORT_PARAM = Object.fromEntries(Object.entries(CATALOGUE_SORT_PARAMS).map(([param, sort]) => [sort, param])) as Record<string, string>;

/** The catalogue's address of a question, as the page writes it (useCatalogueUrl's parameters): what a shared link or a search engine opens. */
export function pageUrl(q: Question): string {
  const params = new URLSearchParams();
  if (q.search) params.set(CATALOGUE_PARAMS.search, q.search);
  for (const [param, field] of Object.values(CATALOGUE_FACET_PARAMS)) for (const code of q.filter[field] ?? []) params.append(param, code);
  params.set(CATALOGUE_PARAMS.sort, SORT_PARAM[q.sort]!);
  return `/?${params}`;
}

/**
 * A request body as Apollo Client writes it: HttpLink's shape, with the `clientLibrary` extension
 * its ClientAwarenessLink adds (the read cache's key includes extensions).
 */
export const webBody = (operation: WebOperation, variables: Record<string, unknown>) =>
  JSON.stringify({
    operationName: operation.operationName,
    variables,
    extensions: { clientLibrary: { name: '@apollo/client', version: apolloVersion } },
    query: operation.query,
  });
