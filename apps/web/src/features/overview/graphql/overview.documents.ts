/** The operations are written in overview.graphql; codegen types them in overview.generated.ts (`npm run codegen`). */
export {
  OverviewPageDocument as OverviewPageQuery,
} from './overview.generated';
