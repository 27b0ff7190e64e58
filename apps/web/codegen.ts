import type { CodegenConfig } from '@graphql-codegen/cli';

const types = { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } };

/**
 * Types for the web app's GraphQL documents, from the committed schema.gql (not a live server).
 * Each feature's operations (`*.graphql`) get their own `*.generated.ts` beside them, so a lazily
 * loaded page brings its documents along instead of every document sitting in the first download;
 * the schema's enums and inputs are in one types-only file.
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.graphql'],
  generates: {
    'apps/web/src/generated/graphql.ts': {
      plugins: ['typescript'],
      config: { ...types, onlyOperationTypes: true },
    },
    'apps/web/src/': {
      preset: 'near-operation-file',
      presetConfig: { extension: '.generated.ts', baseTypesPath: 'generated/graphql.ts' },
      plugins: ['typescript-operations', 'typed-document-node'],
      config: types,
    },
  },
};

export default config;
