import { describe, expect, it } from '@jest/globals';
import { CATALOGUE_FACETS, facetJoinTable } from './catalogue-facets.js';
import { CATALOGUE_FACET_PARAMS } from './catalogue-url.js';
import { FACETS, REFERENCE_VOCABULARIES } from './vocabulary.js';

describe('the facet table', () => {
  it('has every facet once, in the catalogue order', () => {
    expect(CATALOGUE_FACETS.map((facet) => facet.name)).toEqual([...FACETS]);
  });

  it('gives the URL state each facet parameter and filter field by GraphQL name, in order', () => {
    expect(CATALOGUE_FACET_PARAMS).toEqual({
      PHASE: ['fase', 'phases'],
      STATUS: ['status', 'statuses'],
      TYPE: ['soort', 'types'],
      AUDIENCE: ['doelgroep', 'audiences'],
      SECTOR: ['sector', 'sectors'],
      EVIDENCE: ['onderbouwing', 'evidenceLevels'],
      TAG: ['thema', 'tags'],
      ORIGIN: ['herkomst', 'origins'],
    });
    expect(Object.keys(CATALOGUE_FACET_PARAMS)).toEqual(FACETS.map((name) => name.toUpperCase()));
  });

  it('names a join table for the set-valued facets only', () => {
    expect(facetJoinTable('tag')).toEqual({ joinTable: 'instrument_tags', column: 'tag_id' });
    expect(facetJoinTable('type')).toBeUndefined();
    expect(facetJoinTable('nothing')).toBeUndefined();
    const referenceFacets = CATALOGUE_FACETS.filter((facet) => (REFERENCE_VOCABULARIES as readonly string[]).includes(facet.vocabulary));
    expect(referenceFacets.map((facet) => facet.name)).toEqual(['phase', 'type', 'audience', 'sector', 'tag']);
  });
});
