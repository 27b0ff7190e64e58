import { Inject, Injectable, Optional } from '@nestjs/common';
import { CATALOGUE_COUNTS, FACETS, SEARCH_LIMITS, countLowerBound, sampledCount, type FacetName, type ReferenceVocabulary } from '#domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { SearchUnderstandingService, type UnderstoodSearch } from '../search/search-understanding.service.js';
import { badInput } from '../graphql/domain-error.js';
import {
  EVIDENCE_TERMS,
  ORIGIN_TERMS,
  STATUS_TERMS,
  type VocabularySnapshot,
} from '../vocabularies/vocabulary.service.js';
import type { VocabularyTerm } from '../vocabularies/vocabulary-term.model.js';
import { CatalogueQueries, type CatalogueCriteria, type InstrumentRow, type ResolvedFilter } from './catalogue.queries.js';
import type { InstrumentSort } from './catalogue.enums.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { Facet } from './facet.model.js';
import type { InstrumentConnection } from './instrument.model.js';
import type { InstrumentFacetsArgs, InstrumentFilter, InstrumentsArgs } from './instruments.args.js';
import { normaliseSearch } from './search-text.js';

const FILTER_FIELDS: Record<Exclude<ReferenceVocabulary, never>, keyof InstrumentFilter> = {
  phase: 'phases',
  type: 'types',
  audience: 'audiences',
  sector: 'sectors',
  tag: 'tags',
};

const FIXED_TERMS: Record<'status' | 'evidence' | 'origin', VocabularyTerm[]> = {
  status: STATUS_TERMS,
  evidence: EVIDENCE_TERMS,
  origin: ORIGIN_TERMS,
};

/** The criteria, and what the search understood for the answer's hints. */
export interface PreparedCriteria extends CatalogueCriteria {
  understood: UnderstoodSearch | null;
  /** The count of these criteria up to the exact-count limit (limit + 1: more), when deciding the match needed it already. */
  countUpTo?: number;
}

@Injectable()
export class InstrumentsService {
  /** Counts up to this many are exact; above, estimated from the sample. */
  private readonly exactUpTo: number;

  constructor(
    private readonly queries: CatalogueQueries,
    private readonly understanding: SearchUnderstandingService,
    @Optional() @Inject(APP_CONFIG) config?: AppConfig,
  ) {
    this.exactUpTo = config?.exactCountLimit ?? CATALOGUE_COUNTS.exactUpTo;
  }

  async list(args: InstrumentsArgs, vocabulary: VocabularySnapshot): Promise<InstrumentConnection> {
    const criteria = await this.criteria(args, vocabulary);
    const sort = this.sortFor(args.sort, criteria);
    const after = args.after ? decodeCursor(args.after, sort) : null;
    if (args.after && !after) {
      throw badInput(`"after" is not a cursor of this list (sort ${sort}); start again without it.`, 'after');
    }
    // Counting stops after the limit; above it the count is an estimate and RELEVANCE goes by tiers.
    const upTo = criteria.countUpTo ?? (await this.queries.countUpTo(criteria, this.exactUpTo));
    const totalCountExact = upTo <= this.exactUpTo;
    const [rows, totalCount, suggestion] = await Promise.all([
      this.queries.page(criteria, sort, args.first, after, !totalCountExact),
      totalCountExact ? upTo : this.queries.sampleCount(criteria).then((hits) => countLowerBound(hits, upTo)),
      this.suggestion(criteria),
    ]);
    const hasNextPage = rows.length > args.first;
    const edges = rows.slice(0, args.first).map(({ sortKey, prior, ...node }) => ({
      cursor: encodeCursor({ sort, key: sortKey, id: node.id, ...(prior !== undefined ? { prior } : {}) }),
      node,
    }));
    return {
      totalCount,
      totalCountExact,
      edges,
      pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      searchMatch: criteria.search && totalCount > 0 ? criteria.search.match : null,
      // A close spelling is offered when the search as typed finds few and the correction more.
      suggestion: suggestion && suggestion.asTyped <= SEARCH_LIMITS.fewResults && totalCount > suggestion.asTyped ? suggestion.text : null,
      facetSuggestions: (criteria.understood?.facetMatches ?? [])
        .filter((m) => !criteria.filter[m.vocabulary]?.includes(m.term.id))
        .map(({ vocabulary, term: { id: _id, ...term }, matchedText, remainingSearch }) => ({
          facet: vocabulary.toUpperCase() as Uppercase<FacetName>,
          term,
          matchedText,
          remainingSearch,
        })),
    };
  }

  async facets(args: InstrumentFacetsArgs, vocabulary: VocabularySnapshot): Promise<Facet[]> {
    const criteria = await this.criteria(args, vocabulary);
    // Exact while what the counts read is small; else scaled up from the sample.
    const countsExact = (await this.queries.countUpTo(this.queries.facetBase(criteria), this.exactUpTo)) <= this.exactUpTo;
    const rows = await this.queries.facetCounts(criteria, !countsExact);
    const counts = new Map(rows.map((r) => [`${r.facet}:${r.value}`, countsExact ? r.count : sampledCount(r.count)]));
    return FACETS.map((facet) => {
      const selected = new Set<string | number>(criteria.filter[facet] ?? []);
      const fixed = facet === 'status' || facet === 'evidence' || facet === 'origin';
      const terms = fixed
        ? FIXED_TERMS[facet].map((t) => ({ term: t, key: t.code }))
        : vocabulary.terms[facet].map((t) => ({ term: t, key: t.id }));
      return {
        name: facet.toUpperCase() as Uppercase<FacetName>,
        countsExact,
        values: terms
          .filter(({ term, key }) => !term.hidden || selected.has(key))
          .map(({ term, key }) => ({
            code: term.code,
            labelNl: term.labelNl,
            labelEn: term.labelEn,
            position: term.position,
            hidden: term.hidden,
            count: counts.get(`${facet}:${key}`) ?? 0,
            selected: selected.has(key),
          })),
      };
    });
  }

  bySlug(slug: string): Promise<InstrumentRow | null> {
    return this.queries.bySlug(slug);
  }

  /**
   * The filter with its codes checked and resolved (unknown codes are input errors), and the search
   * understood, with its match decided: ALL when instruments have every word, else PARTIAL, where
   * those with most words come first. When only a few have every word, PARTIAL too (they still come
   * first), so a long question is never a dead end.
   */
  async criteria(args: InstrumentFacetsArgs, vocabulary: VocabularySnapshot): Promise<PreparedCriteria> {
    const filter = this.resolveFilter(args.filter ?? {}, vocabulary);
    const text = normaliseSearch(args.search);
    if (!text) return { filter, search: null, understood: null };
    const understood = await this.understanding.understand(text, vocabulary);
    const all: PreparedCriteria = { filter, search: { units: understood.units, match: 'ALL' }, understood };
    if (understood.units.length < 2) return all;
    const countUpTo = await this.queries.countUpTo(all, this.exactUpTo);
    return countUpTo > SEARCH_LIMITS.fewResults ? { ...all, countUpTo } : { ...all, search: { units: understood.units, match: 'PARTIAL' } };
  }

  /** When some word was corrected: the corrected search, and how many have every word as typed. */
  private async suggestion(criteria: PreparedCriteria): Promise<{ text: string; asTyped: number } | null> {
    const understood = criteria.understood;
    if (!understood?.corrected || !criteria.search) return null;
    // Only compared with fewResults, so counted no further.
    const asTyped = await this.queries.countUpTo({ ...criteria, search: { units: understood.unitsAsTyped, match: 'ALL' } }, SEARCH_LIMITS.fewResults);
    return { text: understood.corrected, asTyped };
  }

  /** RELEVANCE by default when searching, NEWEST otherwise; RELEVANCE without a search is NEWEST. */
  sortFor(requested: InstrumentSort | undefined, criteria: CatalogueCriteria): InstrumentSort {
    const sort = requested ?? (criteria.search ? 'RELEVANCE' : 'NEWEST');
    return sort === 'RELEVANCE' && !criteria.search ? 'NEWEST' : sort;
  }

  /** Checks every vocabulary code and turns it into an id; an unknown code is the client's error. */
  private resolveFilter(filter: InstrumentFilter, vocabulary: VocabularySnapshot): ResolvedFilter {
    const resolved: ResolvedFilter = {
      status: filter.statuses,
      evidence: filter.evidenceLevels,
      origin: filter.origins,
      minRating: filter.minRating,
    };
    for (const [name, field] of Object.entries(FILTER_FIELDS) as [ReferenceVocabulary, keyof InstrumentFilter][]) {
      const codes = (filter[field] as string[] | undefined) ?? [];
      const unknown = codes.filter((code) => !vocabulary.termByCode(name, code));
      if (unknown.length) {
        const known = vocabulary.terms[name].map((t) => t.code).join(', ');
        throw badInput(`Unknown ${name} code ${unknown.map((c) => `"${c}"`).join(', ')}; known codes: ${known}.`, `filter.${field}`);
      }
      resolved[name] = codes.map((code) => vocabulary.termByCode(name, code)!.id);
    }
    return resolved;
  }
}
