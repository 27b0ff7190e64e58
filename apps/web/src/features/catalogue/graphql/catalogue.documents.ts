import { graphql } from '../../../generated';

export const CatalogueInstrumentsQuery = graphql(`
  query CatalogueInstruments($filter: InstrumentFilter, $search: String, $sort: InstrumentSort, $first: Int, $after: String) {
    instruments(filter: $filter, search: $search, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          title
          summary
          status
          type {
            code
            labelNl
            labelEn
          }
          phases {
            code
            labelNl
            labelEn
          }
          ratingSummary {
            average
            count
          }
        }
      }
    }
  }
`);

export const CatalogueFacetsQuery = graphql(`
  query CatalogueFacets($filter: InstrumentFilter, $search: String) {
    instrumentFacets(filter: $filter, search: $search) {
      name
      values {
        code
        labelNl
        labelEn
        count
        selected
      }
    }
  }
`);
