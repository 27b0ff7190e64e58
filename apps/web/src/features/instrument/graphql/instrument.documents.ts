/** The operations are written in instrument.graphql; codegen types them in instrument.generated.ts (`npm run codegen`). */
export {
  InstrumentPageDocument as InstrumentPageQuery,
  InstrumentContactDocument as InstrumentContactQuery,
  InstrumentRevisionsDocument as InstrumentRevisionsQuery,
} from './instrument.generated';
