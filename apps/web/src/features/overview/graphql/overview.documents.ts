import { graphql } from '../../../generated';

/** Everything the overview shows, in one request; the counts are one SQL statement on the API side. */
export const OverviewPageQuery = graphql(`
  query OverviewPage {
    overview {
      totalInstruments
      phaseStatusMatrix {
        phase {
          code
          labelNl
          labelEn
          count
        }
        cells {
          status
          count
        }
      }
      byType {
        code
        labelNl
        labelEn
        count
      }
      byAudience {
        code
        labelNl
        labelEn
        count
      }
      bySector {
        code
        labelNl
        labelEn
        count
      }
      byEvidence {
        code
        labelNl
        labelEn
        count
      }
    }
    vocabularies {
      statuses {
        code
        labelNl
        labelEn
      }
    }
  }
`);
