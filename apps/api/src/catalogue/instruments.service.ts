import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  CATALOGUE_COUNTS,
  CATALOGUE_FACETS,
  FACETS,
  REFERENCE_VOCABULARIES,
  SEARCH_LIMITS,
  countLowerBound,
  facetSampleShare,
  sampledCount,
  sureSampleHits,
  type CatalogueFacetEntry,
  type FacetName,
  type ReferenceVocabulary,
} from '#domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { SearchUnderstandingService, type UnderstoodSearch } from '../search/search-understanding.service.js';
import { badInput } from '../common/domain-error.js';
import { keysetPage } from '../common/keyset.js';
import {
  EVIDENCE_TERMS,
  ORIGIN_TERMS,
  STATUS_TERMS,
  type VocabularySnapshot,
} from '../vocabularies/vocabulary.service.js';
import type { VocabularyTerm } from '../vocabularies/vocabulary-term.model.js';
import { CatalogueQueries, type CatalogueCriteria, type InstrumentRow, type ResolvedFilter } from './catalogue.queries.js';
import type { InstrumentSort } from './catalogue.enums.js';
import { cursorAfter, cursorKey, decodeCursor } from './cursor.js';
import type { Facet } from './facet.model.js';
import type { InstrumentConnection } from './instrument.model.js';
import type { InstrumentFacetsArgs, InstrumentFilter, InstrumentsArgs } from './instruments.args.js';
import { normaliseSearch } from './search-text.js';

/** The facets whose codes are a reference vocabulary in the database, with their filter fields. */
const REFERENCE_FACETS = CATALOGUE_FACETS.filter((facet): facet is Extract<CatalogueFacetEntry, { vocabulary: ReferenceVocabulary }> =>
  (REFERENCE_VOCABULARIES as readonly string[]).includes(facet.vocabulary),
);

const FIXED_TERMS: Record<'status' | 'evidence' | 'origin', VocabularyTerm[]> = {
  status: STATUS_TERMS,
  evidence: EVIDENCE_TERMS,
  origin: ORIGIN_TERMS,
};

/**
 * How a filter's codes are read. The catalogue's own queries (`instruments`, `instrumentFacets`)
 * leave out a code that names no term (a stale link must not fail the page); the export refuses it
 * in words. Both hide retired instruments unless the filter asks for them.
 */
export interface CriteriaOptions {
  ignoreUnknownCodes?: boolean;
}

/** The criteria, and what the search understood for the answer's hints. */
export interface PreparedCriteria extends CatalogueCriteria {
  understood: UnderstoodSearch | null;
}

@Injectable()
export class InstrumentsService {
  /** Counts up to this many are exact; above, estimated from the sample. */
  private readonly exactUpTo: number;
  /** Sample matches that show more than exactUpTo beyond reasonable doubt. */
  private readonly sureHits: number;

  constructor(
    private readonly queries: CatalogueQueries,
    private readonly understanding: SearchUnderstandingService,
    @Optional() @Inject(APP_CONFIG) config?: AppConfig,
  ) {
    this.exactUpTo = config?.exactCountLimit ?? CATALOGUE_COUNTS.exactUpTo;
    this.sureHits = sureSampleHits(this.exactUpTo);
  }

  async list(args: InstrumentsArgs, vocabulary: VocabularySnapshot): Promise<InstrumentConnection> {
    const criteria = await this.criteria(args, vocabulary, { ignoreUnknownCodes: true });
    const sort = this.sortFor(args.sort, criteria);
    const after = args.after ? decodeCursor(args.after, sort) : null;
    if (args.after && !after) {
      throw badInput(`"after" is not a cursor of this list (sort ${sort}); start again without it.`, 'after');
    }
    // Above the exact-count limit the count is an estimate and RELEVANCE goes by tiers; tiers and
    // BEST_RATED walk their order's index when the matches are dense, so their pages wait for the count.
    const counted = Promise.all([this.count(criteria), this.suggestion(criteria)]);
    const paged =
      sort === 'RELEVANCE' || sort === 'BEST_RATED'
        ? counted.then(([{ exact, hits }]) => this.queries.page(criteria, sort, args.first, after, { tiered: !exact, dense: hits >= CATALOGUE_COUNTS.denseSampleMatches }))
        : this.queries.page(criteria, sort, args.first, after);
    const [[{ count: totalCount, exact: totalCountExact }, suggestion], rows] = await Promise.all([counted, paged]);
    const { edges, pageInfo } = keysetPage(rows, args.first, (row) => {
      const { sortKey: _key, prior: _prior, rated: _rated, ...node } = row;
      return { key: cursorKey(cursorAfter(sort, row)), node };
    });
    return {
      totalCount,
      totalCountExact,
      edges,
      pageInfo,
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
    const criteria = await this.criteria(args, vocabulary, { ignoreUnknownCodes: true });
    const { exact, share } = await this.exactFacets(criteria);
    const sampled = FACETS.filter((f) => !exact.includes(f));
    const [exactRows, sampledRows] = await Promise.all([
      exact.length ? this.queries.facetCounts(criteria, null, exact) : [],
      sampled.length ? this.queries.facetCounts(criteria, share, sampled) : [],
    ]);
    const counts = new Map([
      ...exactRows.map((r) => [`${r.facet}:${r.value}`, r.count] as const),
      ...sampledRows.map((r) => [`${r.facet}:${r.value}`, sampledCount(r.count, share)] as const),
    ]);
    return FACETS.map((facet) => {
      const countsExact = exact.includes(facet);
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

  /**
   * The facets whose counts are exact: all while the search (and minimum rating) match at most the
   * limit; else those without a selection when the list itself is that small (they count within
   * it); else none. The others are estimated from the part of the sample that `share` says.
   */
  private async exactFacets(criteria: CatalogueCriteria): Promise<{ exact: FacetName[]; share: number }> {
    const base = await this.count(this.queries.facetBase(criteria));
    const share = facetSampleShare(base.hits);
    if (base.exact) return { exact: [...FACETS], share };
    const unselected = FACETS.filter((f) => !criteria.filter[f]?.length);
    if (unselected.length === FACETS.length) return { exact: [], share };
    return { exact: (await this.count(criteria)).exact ? unselected : [], share };
  }

  /**
   * Exact up to the limit; above it, a lower bound from the sample. The sample is read first: when
   * it leaves no reasonable doubt that more than the limit match (a common word, the whole
   * catalogue), counting up to the limit is skipped.
   */
  private async count(criteria: CatalogueCriteria): Promise<{ count: number; exact: boolean; hits: number }> {
    const { hits, upTo } = await this.queries.sampleAndCount(criteria, this.exactUpTo, this.sureHits);
    if (upTo === null) return { count: countLowerBound(hits, this.exactUpTo + 1), exact: false, hits };
    return upTo <= this.exactUpTo ? { count: upTo, exact: true, hits } : { count: countLowerBound(hits, upTo), exact: false, hits };
  }

  bySlug(slug: string): Promise<InstrumentRow | null> {
    return this.queries.bySlug(slug);
  }

  /**
   * The filter with its codes checked and resolved (unknown codes are input errors, or left out; see
   * CriteriaOptions), and the search
   * understood, with its match decided: ALL when instruments have every word, else PARTIAL, where
   * those with most words come first. When only a few have every word, PARTIAL too (they still come
   * first), so a long question is never a dead end.
   */
  async criteria(args: InstrumentFacetsArgs, vocabulary: VocabularySnapshot, options: CriteriaOptions = {}): Promise<PreparedCriteria> {
    const filter = this.resolveFilter(args.filter ?? {}, vocabulary, options);
    const text = normaliseSearch(args.search);
    if (!text) return { filter, search: null, understood: null };
    const understood = await this.understanding.understand(text, vocabulary);
    const all: PreparedCriteria = { filter, search: { units: understood.units, match: 'ALL' }, understood };
    if (understood.units.length < 2) return all;
    const many = (await this.queries.countUpTo(all, SEARCH_LIMITS.fewResults)) > SEARCH_LIMITS.fewResults;
    return many ? all : { ...all, search: { units: understood.units, match: 'PARTIAL' } };
  }

  /** When some word was corrected: the corrected search, and how many have every word as typed. */
  private async suggestion(criteria: PreparedCriteria): Promise<{ text: string; asTyped: number } | null> {
    const understood = criteria.understood;
    if (!understood?.corrected || !criteria.search) return null;
    // Only compared with fewResults, so counted no further.
    const asTyped = await this.queries.countUpTo({ ...criteria, search: { units: understood.unitsAsTyped, match: 'ALL' } }, SEARCH_LIMITS.fewResults);
    return { text: understood.corrected, asTyped };
  }

  /** RELEVANCE by default when searching, USABLE_FIRST otherwise; RELEVANCE without a search is USABLE_FIRST. */
  sortFor(requested: InstrumentSort | undefined, criteria: CatalogueCriteria): InstrumentSort {
    const sort = requested ?? (criteria.search ? 'RELEVANCE' : 'USABLE_FIRST');
    return sort === 'RELEVANCE' && !criteria.search ? 'USABLE_FIRST' : sort;
  }

  /**
   * Checks every vocabulary code and turns it into an id; an unknown code is the client's error,
   * or, when asked, left out (it filters nothing; its facet shows it unselected).
   */
  private resolveFilter(filter: InstrumentFilter, vocabulary: VocabularySnapshot, { ignoreUnknownCodes = false }: CriteriaOptions): ResolvedFilter {
    const resolved: ResolvedFilter = {
      status: filter.statuses,
      evidence: filter.evidenceLevels,
      origin: filter.origins,
      minRating: filter.minRating,
      withPracticeReports: filter.withPracticeReports === true,
      hideRetired: !filter.includeRetired && !filter.statuses?.includes('RETIRED'),
    };
    for (const { vocabulary: name, filterField: field } of REFERENCE_FACETS) {
      const codes = filter[field] ?? [];
      const unknown = codes.filter((code) => !vocabulary.termByCode(name, code));
      if (unknown.length && !ignoreUnknownCodes) {
        const known = vocabulary.terms[name].map((t) => t.code).join(', ');
        throw badInput(`Unknown ${name} code ${unknown.map((c) => `"${c}"`).join(', ')}; known codes: ${known}.`, `filter.${field}`);
      }
      resolved[name] = codes.flatMap((code) => vocabulary.termByCode(name, code)?.id ?? []);
    }
    return resolved;
  }
}
