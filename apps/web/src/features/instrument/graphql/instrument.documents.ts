import { graphql } from '../../../generated';

/**
 * Everything the instrument page shows, in one request. contactEmail is left out on purpose:
 * it is for signed-in members only, and asking for it as a visitor fails the whole query.
 */
export const InstrumentPageQuery = graphql(`
  query InstrumentPage($slug: String!) {
    instrument(slug: $slug) {
      id
      slug
      title
      summary
      description
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
      audiences {
        code
        labelNl
        labelEn
      }
      sectors {
        code
        labelNl
        labelEn
      }
      tags {
        code
        labelNl
        labelEn
      }
      status
      evidenceLevel
      origin
      ownerOrganisation
      contactName
      links {
        label
        url
      }
      language
      licence
      timeNeeded
      createdAt
      updatedAt
      statusHistory {
        from
        to
        note
        changedBy
        changedAt
      }
      ratingSummary {
        average
        count
        distribution
      }
    }
  }
`);
