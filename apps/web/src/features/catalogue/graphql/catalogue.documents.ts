/** The operations are written in catalogue.graphql; codegen types them in catalogue.generated.ts (`npm run codegen`). */
export {
  CatalogueInstrumentsDocument as CatalogueInstrumentsQuery,
  CatalogueFacetsDocument as CatalogueFacetsQuery,
} from './catalogue.generated';
