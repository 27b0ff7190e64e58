/** The operations are written in finder.graphql; codegen types them in finder.generated.ts (`npm run codegen`). */
export { FinderVocabulariesDocument as FinderVocabulariesQuery, RecommendInstrumentsDocument as RecommendInstrumentsQuery } from './finder.generated';
