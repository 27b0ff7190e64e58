/**
 * The one facet table: per facet of the catalogue, its name in the API (`FacetName`, upper-cased
 * in GraphQL), its Dutch URL parameter, the `InstrumentFilter` field it fills, where its codes
 * come from (a reference vocabulary in the database or a fixed list in code) and where an
 * instrument's values live in SQL (a join table or a column of `instruments`). The web app's URL
 * state, the API's filter, the catalogue's SQL and the export's error messages all read it.
 */
import { EVIDENCE_LEVELS, ORIGINS, PROTOTYPE_STATUSES, type ReferenceVocabulary } from './vocabulary.js';

export interface CatalogueFacetDefinition {
  /** The API's name (`phase`; GraphQL `PHASE`). */
  readonly name: string;
  /** The Dutch URL parameter of the catalogue and the export (`fase`). */
  readonly param: string;
  /** The `InstrumentFilter` field (`phases`). */
  readonly filterField: string;
  /** A reference vocabulary (codes in the database) or a fixed list in code. */
  readonly vocabulary: ReferenceVocabulary | 'status' | 'evidence' | 'origin';
  /** A set per instrument in a join table, or one value in a column of `instruments`. */
  readonly sql: { readonly joinTable: string; readonly column: string } | { readonly column: string };
}

/** In the order the catalogue shows them. */
export const CATALOGUE_FACETS = [
  { name: 'phase', param: 'fase', filterField: 'phases', vocabulary: 'phase', sql: { joinTable: 'instrument_phases', column: 'phase_id' } },
  { name: 'status', param: 'status', filterField: 'statuses', vocabulary: 'status', sql: { column: 'status' } },
  { name: 'type', param: 'soort', filterField: 'types', vocabulary: 'type', sql: { column: 'type_id' } },
  { name: 'audience', param: 'doelgroep', filterField: 'audiences', vocabulary: 'audience', sql: { joinTable: 'instrument_audiences', column: 'audience_id' } },
  { name: 'sector', param: 'sector', filterField: 'sectors', vocabulary: 'sector', sql: { joinTable: 'instrument_sectors', column: 'sector_id' } },
  { name: 'evidence', param: 'onderbouwing', filterField: 'evidenceLevels', vocabulary: 'evidence', sql: { column: 'evidence_level' } },
  { name: 'tag', param: 'thema', filterField: 'tags', vocabulary: 'tag', sql: { joinTable: 'instrument_tags', column: 'tag_id' } },
  { name: 'origin', param: 'herkomst', filterField: 'origins', vocabulary: 'origin', sql: { column: 'origin' } },
] as const satisfies readonly CatalogueFacetDefinition[];

export type CatalogueFacetEntry = (typeof CATALOGUE_FACETS)[number];

/** The codes of the facets whose vocabulary is fixed in code (GraphQL enums), by facet name. */
export const FIXED_FACET_CODES: Readonly<Record<string, readonly string[]>> = {
  status: PROTOTYPE_STATUSES,
  evidence: EVIDENCE_LEVELS,
  origin: ORIGINS,
};

/** One facet's definition by its API name, URL parameter or filter field. */
export function catalogueFacet(key: { name: string } | { param: string } | { filterField: string }): CatalogueFacetEntry | undefined {
  const [[property, value]] = Object.entries(key) as [keyof CatalogueFacetDefinition, string][];
  return CATALOGUE_FACETS.find((facet) => facet[property] === value);
}

/** A facet's join table and the column of its codes' ids there, or undefined for a column of `instruments`. */
export function facetJoinTable(name: string): { readonly joinTable: string; readonly column: string } | undefined {
  const sql = catalogueFacet({ name })?.sql;
  return sql && 'joinTable' in sql ? sql : undefined;
}
