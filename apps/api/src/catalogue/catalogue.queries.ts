import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { BAYESIAN_DEFAULT_PRIOR, BAYESIAN_WEIGHT, CATALOGUE_COUNTS, USABLE_FIRST_RANK, catalogueFacet, facetJoinTable, sampleIdBound, type EvidenceLevel, type FacetName, type Origin, type PrototypeStatus } from '#domain';
import { CACHE_VERSION_SQL, cacheVersion } from '../database/cache-version.js';
import { sqlRow, sqlRows } from '../database/typed-sql.js';
import type { InstrumentSort, SearchMatch } from './catalogue.enums.js';
import { TIERED_KEY, USABLE_FIRST_KEY, type Cursor } from './cursor.js';

/** A filter whose vocabulary codes have been checked and turned into ids. */
export interface ResolvedFilter {
  phase?: number[];
  status?: PrototypeStatus[];
  type?: number[];
  audience?: number[];
  sector?: number[];
  tag?: number[];
  evidence?: EvidenceLevel[];
  origin?: Origin[];
  /** Not a facet: a lower bound on the mean rating. */
  minRating?: number;
  /** Not a facet: leave RETIRED instruments out (the catalogue's default). */
  hideRetired?: boolean;
  /** Not a facet: only instruments with a published practice report ("met praktijkvoorbeeld"). */
  withPracticeReports?: boolean;
}

/** A search understood (see SearchUnderstandingService) and with its match decided. */
export interface PreparedSearch {
  /** Per typed word or known phrase, a tsquery (text) of what it stands for; none: nothing matches. */
  units: string[];
  /** ALL: every unit; PARTIAL: any unit, the most units first. */
  match: SearchMatch;
}

export interface CatalogueCriteria {
  filter: ResolvedFilter;
  /** Null for no search. */
  search: PreparedSearch | null;
}

/** An instruments row as the API needs it; no entity hydration for lists. */
export interface InstrumentRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  status: PrototypeStatus;
  evidenceLevel: EvidenceLevel;
  origin: Origin;
  typeId: number;
  ownerOrganisation: string | null;
  contactName: string | null;
  contactEmail: string | null;
  language: string;
  licence: string | null;
  timeNeeded: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface PagedRow extends InstrumentRow {
  sortKey: string | number;
  /** BEST_RATED only: the Bayesian prior the page was ordered with. */
  prior?: number;
  /** BEST_RATED only: 1 when the instrument has ratings, else 0 (rated first at an equal score). */
  rated?: number;
}

export interface FacetCountRow {
  facet: FacetName;
  value: string;
  count: number;
}

const INSTRUMENT_COLUMNS = `
  i.id, i.slug, i.title, i.summary, i.description, i.status, i.evidence_level AS "evidenceLevel",
  i.origin, i.type_id AS "typeId", i.owner_organisation AS "ownerOrganisation",
  i.contact_name AS "contactName", i.contact_email AS "contactEmail", i.language, i.licence,
  i.time_needed AS "timeNeeded", i.created_at AS "createdAt", i.updated_at AS "updatedAt", i.version`;

/**
 * The rows of the sample that estimates stand on (libs/domain CATALOGUE_COUNTS), or the part of it
 * below a smaller share; a literal, so the partial indexes apply.
 */
const IN_SAMPLE = (column: string, share: number = CATALOGUE_COUNTS.sampleShare) => `${column} < '${sampleIdBound(share)}'::uuid`;

/** Collects positional parameters while SQL is assembled. */
class Params {
  readonly values: unknown[] = [];

  add(value: unknown, cast = ''): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

/** `share`: the join table is read for that part of the sample only (see IN_SAMPLE), not for the whole catalogue. */
function facetPredicate(facet: FacetName, filter: ResolvedFilter, params: Params, share: number | null = null): string | null {
  const selected = filter[facet];
  if (!selected || selected.length === 0) return null;
  switch (facet) {
    case 'phase':
    case 'audience':
    case 'sector':
    case 'tag': {
      const { joinTable: table, column } = facetJoinTable(facet)!;
      const sample = share !== null ? ` AND ${IN_SAMPLE('f.instrument_id', share)}` : '';
      return `EXISTS (SELECT 1 FROM ${table} f WHERE f.instrument_id = i.id AND f.${column} = ANY(${params.add(selected, '::int[]')})${sample})`;
    }
    case 'status':
      return `i.status = ANY(${params.add(selected, '::prototype_status[]')})`;
    case 'type':
      // One type as "=", so the (type, created_at) index gives NEWEST in order.
      return selected.length === 1 ? `i.type_id = ${params.add(selected[0], '::int')}` : `i.type_id = ANY(${params.add(selected, '::int[]')})`;
    case 'evidence':
      return `i.evidence_level = ANY(${params.add(selected, '::evidence_level[]')})`;
    case 'origin':
      return `i.origin = ANY(${params.add(selected, '::instrument_origin[]')})`;
  }
}

function minRatingPredicate(filter: ResolvedFilter, params: Params): string | null {
  if (filter.minRating === undefined) return null;
  return `EXISTS (SELECT 1 FROM rating_summaries rs WHERE rs.instrument_id = i.id AND rs.mean >= ${params.add(filter.minRating, '::float8')})`;
}

/** Read by key on the practice reports' partial index of published reports (migration PracticeReports). */
function practiceReportPredicate(filter: ResolvedFilter): string | null {
  return filter.withPracticeReports ? `EXISTS (SELECT 1 FROM practice_reports pr WHERE pr.instrument_id = i.id AND pr.status = 'PUBLISHED')` : null;
}

/** The catalogue's mean star rating, the Bayesian prior of BEST_RATED. */
const CATALOGUE_MEAN = `(SELECT coalesce(sum(rating_sum)::float8 / nullif(sum(rating_count), 0), ${BAYESIAN_DEFAULT_PRIOR}) FROM rating_summaries)`;

/** BEST_RATED's score: the Bayesian average with the prior `p.prior`; 0 ratings score the prior. */
const BAYESIAN_SCORE = `((${BAYESIAN_WEIGHT} * p.prior + coalesce(rs.rating_sum, 0)) / (${BAYESIAN_WEIGHT} + coalesce(rs.rating_count, 0)))::float8`;
/** p₀: the fixed prior of BEST_RATED's index. */
const INDEX_PRIOR = CATALOGUE_COUNTS.bestRatedIndexPrior;
/** The score with prior p₀, as indexed (migration BestRatedOrder): an order an index can walk. */
const INDEXED_SCORE = `((${BAYESIAN_WEIGHT * INDEX_PRIOR}::float8 + rs.rating_sum) / (${BAYESIAN_WEIGHT} + rs.rating_count))`;
/** BEST_RATED's tie-break: at an equal score, rated instruments before unrated ones (issue 19). */
const RATED = `(coalesce(rs.rating_count, 0) > 0)::int`;
/** Rounding room when bounds on scores computed apart are compared. */
const SCORE_EPSILON = 1e-9;

/** Bumped by every committed change of the catalogue or the ratings (migration CacheVersion). */

/**
 * USABLE_FIRST's group of an instrument (libs/domain USABLE_FIRST_RANK, higher first), written as the
 * expression of its index (migration UsableFirstOrder) so the planner walks that index.
 */
const USABLE_RANK = `(CASE i.status ${Object.entries(USABLE_FIRST_RANK)
  .filter(([, rank]) => rank > 0)
  .map(([status, rank]) => `WHEN '${status}' THEN ${rank}`)
  .join(' ')} ELSE 0 END)`;
/** The catalogue's default leaves retired instruments out. */
const NOT_RETIRED = `i.status <> 'RETIRED'`;
/** A join table's rows of instruments that are not retired, read against the retired ones' own small index. */
const JOIN_NOT_RETIRED = (column: string) => `NOT EXISTS (SELECT 1 FROM instruments r WHERE r.id = ${column} AND r.status = 'RETIRED')`;

const FACET_ORDER: FacetName[] = ['phase', 'status', 'type', 'audience', 'sector', 'evidence', 'tag', 'origin'];

/** ts_rank's weights for D, C, B, A: title, then summary with phase and type labels, then the other labels. */
const RANK_WEIGHTS = `'{0.05, 0.2, 0.4, 1.0}'::float4[]`;

/**
 * Text search, by the GIN index on the search document: every unit (ALL), or any unit (PARTIAL).
 * The rank is the number of units matched plus ts_rank normalised into [0, 1), so under PARTIAL
 * the instruments that match most words come first; ts_rank is computed only for the matches.
 */
function searchParts(search: PreparedSearch, params: Params) {
  if (!search.units.length) return { where: () => 'FALSE', rank: () => '0::float8' };
  const or = search.units.map((u) => `(${u})`).join(' | ');
  const and = search.units.map((u) => `(${u})`).join(' & ');
  return {
    // Each part only where it is used, so no statement carries an unused parameter.
    where: () => `i.search_vector @@ ${params.add(search.match === 'ALL' ? and : or, '::tsquery')}`,
    // Only where the rank is selected, so counts carry no unused parameters.
    rank: () => {
      const matched =
        search.match === 'ALL' || search.units.length === 1
          ? `${search.units.length}`
          : search.units.map((u) => `(i.search_vector @@ ${params.add(u, '::tsquery')})::int`).join(' + ');
      return `(${matched} + ts_rank(${RANK_WEIGHTS}, i.search_vector, ${params.add(or, '::tsquery')}, 32))::float8`;
    },
    // Tiers (see isTieredKey), each built only where used. Each implies the search; the last is the search.
    tiers: (): Tier[] => {
      const query = search.match === 'ALL' ? and : or;
      // Its own index (migration CatalogueCounts): the title part (weight A) of the document.
      const inTitle: Tier = { kind: 'title', predicate: () => `nlc_title_document(i.search_vector) @@ ${params.add(query, '::tsquery')}` };
      const any: Tier = { kind: 'any', predicate: () => `i.search_vector @@ ${params.add(query, '::tsquery')}` };
      return search.match === 'ALL' || search.units.length === 1
        ? [inTitle, any]
        : [{ kind: 'every', predicate: () => `i.search_vector @@ ${params.add(and, '::tsquery')}` }, inTitle, any];
    },
  };
}

/**
 * A tier of a tiered page: under PARTIAL the instruments with every word (few: else the match would
 * be ALL), the search in the title, or any match.
 */
interface Tier {
  kind: 'every' | 'title' | 'any';
  predicate: () => string;
}

/**
 * RELEVANCE over more matches than are counted exactly: instead of ranking every match, tiers
 * (under PARTIAL: every word; then the word in the title; then the rest), newest first within a
 * tier. Each tier is read along the NEWEST index and stops after a page, whatever the matches.
 * The sort key is "<tier>|<created_at>", so keyset cursors stay exact.
 */
const isTieredKey = (key: string | number): key is string => typeof key === 'string' && TIERED_KEY.test(key);
const CREATED_KEY = `to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * The catalogue's reads, written as SQL on purpose: keyset pages, counts and facet counts
 * return plain rows in a fixed number of statements, whatever the page size.
 */
@Injectable()
export class CatalogueQueries {
  /** The last catalogue mean summed, and the cache version it was summed at. */
  private mean: { version: string; prior: number } | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `withSearch` false: without the search predicate (a tier of a tiered page stands for it). */
  private where(criteria: CatalogueCriteria, params: Params, inSample = false, withSearch = true) {
    const search = criteria.search ? searchParts(criteria.search, params) : null;
    const predicates = FACET_ORDER.map((f) => facetPredicate(f, criteria.filter, params, inSample ? CATALOGUE_COUNTS.sampleShare : null))
      .filter((p): p is string => p !== null);
    const minRating = minRatingPredicate(criteria.filter, params);
    if (minRating) predicates.push(minRating);
    const practice = practiceReportPredicate(criteria.filter);
    if (practice) predicates.push(practice);
    if (criteria.filter.hideRetired) predicates.push(NOT_RETIRED);
    if (search && withSearch) predicates.unshift(search.where());
    if (inSample) predicates.unshift(IN_SAMPLE('i.id'));
    return { where: predicates.length ? predicates.join(' AND ') : 'TRUE', rank: search?.rank, tiers: search?.tiers };
  }

  /**
   * A page. `tiered`: RELEVANCE by tiers instead of by rank (for result sets above the exact-count
   * limit; see isTieredKey); a cursor made by a tiered page always continues tiered. `dense`: the
   * matches are many (CATALOGUE_COUNTS.denseSampleMatches), so walking an order's index finds a
   * page soon (tiers, BEST_RATED); sparse ones are read by their own index and sorted.
   */
  async page(
    criteria: CatalogueCriteria,
    sort: InstrumentSort,
    first: number,
    after: Cursor | null,
    tiered: { tiered: boolean; dense: boolean } = { tiered: false, dense: false },
  ): Promise<PagedRow[]> {
    const params = new Params();
    const { where, rank, tiers } = this.where(criteria, params);
    if (sort === 'RELEVANCE' && tiers && (after ? isTieredKey(after.key) : tiered.tiered)) {
      return this.tieredPage(criteria, first, after, tiered.dense);
    }
    let sortKey: string;
    let order: string;
    let comparison = '>';
    let extraFrom = '';
    let extraColumns = '';
    let from: number | null = null;
    if (sort === 'BEST_RATED') {
      const prior = after?.prior ?? (await this.catalogueMean());
      if (tiered.dense) from = await this.bestRatedWindow(criteria, first, after, prior);
      // Within the window: rated instruments only, from the index's bound on.
      const join = from !== null ? 'JOIN' : 'LEFT JOIN';
      extraFrom = ` CROSS JOIN (SELECT ${params.add(prior, '::float8')} AS prior) p ${join} rating_summaries rs ON rs.instrument_id = i.id`;
      extraColumns = `, p.prior, ${RATED} AS rated`;
      sortKey = BAYESIAN_SCORE;
      order = `${sortKey} DESC, ${RATED} DESC, i.id DESC`;
      comparison = '<';
    } else if (sort === 'USABLE_FIRST') {
      sortKey = `${USABLE_RANK}::text || '|' || ${CREATED_KEY}`;
      order = `${USABLE_RANK} DESC, i.created_at DESC, i.id DESC`;
      comparison = '<';
    } else if (sort === 'RELEVANCE' && rank) {
      sortKey = rank();
      order = `${sortKey} DESC, i.id DESC`;
      comparison = '<';
    } else if (sort === 'TITLE') {
      sortKey = 'i.search_title';
      order = 'i.search_title ASC, i.id ASC';
    } else {
      sortKey = CREATED_KEY;
      order = 'i.created_at DESC, i.id DESC';
      comparison = '<';
    }
    let keyset = '';
    const usable = after && sort === 'USABLE_FIRST' ? USABLE_FIRST_KEY.exec(String(after.key)) : null;
    if (usable) {
      keyset = ` AND (${USABLE_RANK}, i.created_at, i.id) < (${params.add(Number(usable[1]), '::int')}, ${params.add(usable[2], '::timestamptz')}, ${params.add(after!.id, '::uuid')})`;
    } else if (after && sort === 'BEST_RATED') {
      keyset = ` AND (${sortKey}, ${RATED}, i.id) < (${params.add(after.key, '::float8')}, ${params.add(after.rated ?? 0, '::int')}, ${params.add(after.id, '::uuid')})`;
    } else if (after) {
      const key =
        sort === 'RELEVANCE' ? params.add(after.key, '::float8')
        : sort === 'TITLE' ? params.add(after.key, '::text')
        : params.add(after.key, '::timestamptz');
      const keyExpression = sort === 'NEWEST' ? 'i.created_at' : sortKey;
      keyset = ` AND (${keyExpression}, i.id) ${comparison} (${key}, ${params.add(after.id, '::uuid')})`;
    }
    if (from !== null) keyset += ` AND ${INDEXED_SCORE} >= ${params.add(from, '::float8')}`;
    const limit = params.add(first + 1, '::int');
    // BEST_RATED orders every match by a computed score: sort narrow rows (id and key), then read
    // the page's columns by id (225 -> 60 ms over 100,000 instruments).
    const sql =
      sort === 'BEST_RATED'
        ? `WITH top AS MATERIALIZED (
            SELECT i.id, ${sortKey} AS "sortKey"${extraColumns} FROM instruments i${extraFrom}
            WHERE ${where}${keyset} ORDER BY ${order} LIMIT ${limit})
          SELECT ${INSTRUMENT_COLUMNS}, top."sortKey", top.prior, top.rated FROM top JOIN instruments i ON i.id = top.id
          ORDER BY top."sortKey" DESC, top.rated DESC, top.id DESC`
        : `SELECT ${INSTRUMENT_COLUMNS}, ${sortKey} AS "sortKey"${extraColumns}
          FROM instruments i${extraFrom}
          WHERE ${where}${keyset}
          ORDER BY ${order}
          LIMIT ${limit}`;
    return sqlRows<PagedRow>(this.dataSource, sql, params.values);
  }

  /**
   * The catalogue's mean star rating (BEST_RATED's prior), summed over every instrument only when a
   * rating changed since it was last summed: every change of rating_summaries bumps cache_version
   * in its own transaction, and the mean is read with the version in one snapshot.
   */
  private async catalogueMean(): Promise<number> {
    const version = await cacheVersion(this.dataSource);
    if (this.mean?.version === version) return this.mean.prior;
    const row = (await sqlRow<{ version: string; prior: number }>(this.dataSource, `SELECT (${CACHE_VERSION_SQL}) AS version, ${CATALOGUE_MEAN} AS prior`))!;
    this.mean = row;
    return row.prior;
  }

  /**
   * BEST_RATED without ordering every match: given the page's prior (the cursor's, else the
   * catalogue's mean), the indexed score (see INDEXED_SCORE) from which on the page lies, when the
   * index shows it. A rated instrument's score differs from its indexed score by
   * w·(prior − p₀)/(w + n), between 0 and prior − p₀; so when the first page-and-one matches along
   * the index (after the cursor) all score above the prior, and the lowest of them is L, every row
   * of the page scores at least L, so has an indexed score of at least L − max(0, prior − p₀), and
   * no unrated instrument (scoring the prior) belongs in it. Null: no such bound (few rated
   * matches, or the page reaches the prior); the page orders every match.
   */
  private async bestRatedWindow(criteria: CatalogueCriteria, first: number, after: Cursor | null, prior: number): Promise<number | null> {
    const params = new Params();
    const { where } = this.where(criteria, params);
    let keyset = '';
    if (after) {
      const key = params.add(after.key, '::float8');
      // The exact keyset, and the indexed scores it allows (a score is at most p₀ − prior below its indexed score).
      keyset = ` AND (${BAYESIAN_SCORE}, ${RATED}, i.id) < (${key}, ${params.add(after.rated ?? 0, '::int')}, ${params.add(after.id, '::uuid')})
        AND ${INDEXED_SCORE} <= ${key} + greatest(0, ${INDEX_PRIOR} - p.prior) + ${SCORE_EPSILON}`;
    }
    const row = (await sqlRow<{ rows: number; lowest: number | null }>(
      this.dataSource,
      `WITH p AS MATERIALIZED (SELECT ${params.add(prior, '::float8')} AS prior)
      SELECT w.rows, w.lowest FROM p CROSS JOIN LATERAL (
        SELECT count(*)::int AS rows, min(t.score) AS lowest FROM (
          SELECT ${BAYESIAN_SCORE} AS score FROM instruments i JOIN rating_summaries rs ON rs.instrument_id = i.id
          WHERE ${where}${keyset}
          ORDER BY ${INDEXED_SCORE} DESC, rs.instrument_id DESC LIMIT ${params.add(first + 1, '::int')}) t) w`,
      params.values,
    ))!;
    const bounded = row.rows > first && row.lowest !== null && row.lowest > prior;
    return bounded ? row.lowest! - Math.max(0, prior - INDEX_PRIOR) - SCORE_EPSILON : null;
  }

  /**
   * Tier by tier, each read along the NEWEST index (or its own index when small) up to the page
   * size; a later tier is read only when the earlier ones did not fill the page, so a common word's
   * first page costs one statement that stops after a page.
   */
  private async tieredPage(criteria: CatalogueCriteria, first: number, after: Cursor | null, dense: boolean): Promise<PagedRow[]> {
    const position = after && isTieredKey(after.key) ? TIERED_KEY.exec(after.key)! : null;
    const rows: PagedRow[] = [];
    // Tiers are built lazily: listing them adds no parameter.
    const kinds = this.where(criteria, new Params(), false, false).tiers!().map((t) => t.kind);
    for (let number = position ? Number(position[1]) : 1; rows.length <= first && number <= kinds.length; number++) {
      const wanted = first + 1 - rows.length;
      const read = (walk: boolean) => {
        const params = new Params();
        const { where, tiers } = this.where(criteria, params, false, false);
        const all = tiers!();
        const tier = all[number - 1];
        const earlier = all.slice(0, number - 1).map((t) => ` AND NOT (${t.predicate()})`).join('');
        const keyset =
          position && number === Number(position[1])
            ? ` AND (i.created_at, i.id) < (${params.add(position[2], '::timestamptz')}, ${params.add(after!.id, '::uuid')})`
            : '';
        const columns = `${INSTRUMENT_COLUMNS}, '${number}|' || ${CREATED_KEY} AS "sortKey"`;
        const sql = walk
          ? // Along the NEWEST index whatever the planner thinks of the tier (it misjudges phrases and
            // word pairs as rare and reads them all by the search index): the tier is tested on the
            // rows as the walk passes them, up to walkRows; the walk stops once the page is full.
            `SELECT * FROM (
              SELECT ${columns}, (${tier.predicate()}${earlier}) AS hit FROM instruments i WHERE ${where}${keyset}
              ORDER BY i.created_at DESC, i.id DESC LIMIT ${params.add(CATALOGUE_COUNTS.walkRows, '::int')}) w
            WHERE w.hit ORDER BY w."createdAt" DESC, w.id DESC LIMIT ${params.add(wanted, '::int')}`
          : // Read by the tier's own index and sorted, the order kept off the NEWEST index.
            `SELECT ${columns} FROM instruments i WHERE ${where} AND ${tier.predicate()}${earlier}${keyset}
            ORDER BY (i.created_at + interval '0 s') DESC, i.id DESC LIMIT ${params.add(wanted, '::int')}`;
        return sqlRows<PagedRow & { hit?: boolean }>(this.dataSource, sql, params.values);
      };
      // Dense tiers walk (a title tier only when the sample shows it dense in titles too: the planner
      // may take a word pair in titles for common and walk every instrument for none); sparse ones,
      // and a walk that did not fill the page (the tier's end, or sparser than the sample said), are
      // read by their index.
      const kind = kinds[number - 1];
      const walk = kind === 'any' ? dense : kind === 'title' && dense && (await this.titleIsDense(criteria));
      let found = walk ? await read(true) : [];
      if (found.length < wanted) found = await read(false);
      rows.push(...found.map(({ hit: _hit, ...row }) => row));
    }
    return rows;
  }

  /**
   * Whether the sample holds at least CATALOGUE_COUNTS.denseSampleMatches instruments with the
   * search in their title (and the filter): read by the sample's own title index (migration
   * SampleTitleIndex), stopping at that many.
   */
  private async titleIsDense(criteria: CatalogueCriteria): Promise<boolean> {
    const params = new Params();
    const { where, tiers } = this.where(criteria, params, true, false);
    const title = tiers!().find((t) => t.kind === 'title')!;
    const { hits } = (await sqlRow<{ hits: number }>(
      this.dataSource,
      `SELECT count(*)::int AS hits FROM (SELECT 1 FROM instruments i WHERE ${where} AND ${title.predicate()}
        LIMIT ${params.add(CATALOGUE_COUNTS.denseSampleMatches, '::int')}) m`,
      params.values,
    ))!;
    return hits >= CATALOGUE_COUNTS.denseSampleMatches;
  }

  /**
   * The exact count when it is at most `limit`, else `limit + 1`: stops reading after that many.
   * The matches are a materialized CTE, planned as if all were read (so a rare word pair is looked
   * up by the search index: with a small LIMIT the planner took it for common and scanned every
   * instrument's document for none, 425 ms) but read only as far as the LIMIT asks (1.5 ms).
   */
  async countUpTo(criteria: CatalogueCriteria, limit: number): Promise<number> {
    const params = new Params();
    const { where } = this.where(criteria, params);
    const { count } = (await sqlRow<{ count: number }>(
      this.dataSource,
      `WITH m AS MATERIALIZED (SELECT 1 FROM instruments i WHERE ${where})
       SELECT count(*)::int AS count FROM (SELECT 1 FROM m LIMIT ${params.add(limit + 1, '::int')}) l`,
      params.values,
    ))!;
    return count;
  }

  /**
   * In one statement: how many of the sample match (libs/domain CATALOGUE_COUNTS), and, unless
   * that is at least `sureHits` (the sample alone shows more than `limit`), the count up to `limit`
   * as `countUpTo` gives it (null when skipped).
   */
  async sampleAndCount(criteria: CatalogueCriteria, limit: number, sureHits: number): Promise<{ hits: number; upTo: number | null }> {
    const params = new Params();
    const sample = this.where(criteria, params, true).where;
    const all = this.where(criteria, params).where;
    // The count is an InitPlan, run only when the CASE needs it.
    const row = (await sqlRow<{ hits: number; upTo: number | null }>(
      this.dataSource,
      `WITH s AS (SELECT count(*)::int AS hits FROM instruments i WHERE ${sample})
       SELECT s.hits, CASE WHEN s.hits >= ${params.add(sureHits, '::int')} THEN NULL
         ELSE (SELECT count(*)::int FROM (SELECT 1 FROM instruments i WHERE ${all} LIMIT ${params.add(limit + 1, '::int')}) m) END AS "upTo"
       FROM s`,
      params.values,
    ))!;
    return row;
  }

  /**
   * Counts per facet value in one statement. Each facet's counts apply the search and every
   * other facet's selection, but not its own, so they say what picking another value gives.
   * `share`: over that part of the sample only (libs/domain CATALOGUE_COUNTS), for estimates; null:
   * exact. `facets`: the facets to count; when none of them has a selection, every selection filters
   * the rows read.
   */
  async facetCounts(criteria: CatalogueCriteria, share: number | null = null, facets: readonly FacetName[] = FACET_ORDER): Promise<FacetCountRow[]> {
    const params = new Params();
    const search = criteria.search ? searchParts(criteria.search, params) : null;
    // A flag per facet with a selection; facets without one filter nothing (and mislead no estimate).
    const selected = FACET_ORDER.map((f) => [f, facetPredicate(f, criteria.filter, params, share)] as const).filter(([, p]) => p !== null);
    const flags = selected.map(([f, predicate]) => `, ${predicate} AS f_${f}`).join('');
    const allBut = (facet: FacetName) => {
      const others = selected.filter(([f]) => f !== facet).map(([f]) => `b.f_${f}`);
      return others.length ? `WHERE ${others.join(' AND ')}` : '';
    };
    const inSample = (column: string) => (share !== null ? IN_SAMPLE(column, share) : null);
    const hideRetired = criteria.filter.hideRetired ? NOT_RETIRED : null;
    const rowFilters = [inSample('i.id'), search?.where(), minRatingPredicate(criteria.filter, params), practiceReportPredicate(criteria.filter), hideRetired].filter(Boolean);
    // Nothing filters but the hidden retired ones (the default page): a join table is counted by
    // itself, without the join, leaving out the rows of the few retired instruments.
    const unfiltered = !selected.length && !search && criteria.filter.minRating === undefined && !criteria.filter.withPracticeReports;
    const selects = FACET_ORDER.filter((f) => facets.includes(f)).map((facet) => {
      const join = facetJoinTable(facet);
      if (join) {
        const { joinTable: table, column: col } = join;
        if (unfiltered) {
          const where = [share !== null ? inSample('j.instrument_id') : null, hideRetired ? JOIN_NOT_RETIRED('j.instrument_id') : null].filter(Boolean);
          return `SELECT '${facet}' AS facet, j.${col}::text AS value, count(*)::int AS count
            FROM ${table} j${where.length ? ` WHERE ${where.join(' AND ')}` : ''} GROUP BY j.${col}`;
        }
        return `SELECT '${facet}' AS facet, j.${col}::text AS value, count(*)::int AS count
          FROM base b JOIN ${table} j ON j.instrument_id = b.id${share !== null ? ` AND ${inSample('j.instrument_id')}` : ''}
          ${allBut(facet)} GROUP BY j.${col}`;
      }
      const expression = `b.${catalogueFacet({ name: facet })!.sql.column}::text`;
      return `SELECT '${facet}' AS facet, ${expression} AS value, count(*)::int AS count
        FROM base b ${allBut(facet)} GROUP BY ${expression}`;
    });
    // Counting only facets without a selection: every selection applies, so the rows read are few.
    if (!selected.some(([f]) => facets.includes(f))) rowFilters.push(...selected.map(([, predicate]) => predicate));
    const sql = `WITH base AS MATERIALIZED (
        SELECT i.id, i.status, i.type_id, i.evidence_level, i.origin${flags}
        FROM instruments i
        ${rowFilters.length ? `WHERE ${rowFilters.join(' AND ')}` : ''}
      )
      ${selects.join('\nUNION ALL\n')}`;
    return sqlRows<FacetCountRow>(this.dataSource, sql, params.values);
  }

  /** What the facet counts read before each facet's selection: the search, minRating, practice reports and hiding the retired. */
  facetBase(criteria: CatalogueCriteria): CatalogueCriteria {
    const { minRating, hideRetired, withPracticeReports } = criteria.filter;
    return { ...criteria, filter: { minRating, hideRetired, withPracticeReports } };
  }

  async bySlug(slug: string): Promise<InstrumentRow | null> {
    return (await sqlRow<InstrumentRow>(this.dataSource, `SELECT ${INSTRUMENT_COLUMNS} FROM instruments i WHERE i.slug = $1`, [slug])) ?? null;
  }

  async byIds(ids: readonly string[]): Promise<(InstrumentRow | null)[]> {
    const rows = await sqlRows<InstrumentRow>(this.dataSource, `SELECT ${INSTRUMENT_COLUMNS} FROM instruments i WHERE i.id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async byId(id: string, em: EntityManager = this.dataSource.manager): Promise<InstrumentRow | null> {
    return (await sqlRow<InstrumentRow>(em, `SELECT ${INSTRUMENT_COLUMNS} FROM instruments i WHERE i.id = $1`, [id])) ?? null;
  }
}
