import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { InstrumentDetailsLoaderFactory } from '../catalogue/instrument-details.loader.js';
import { VocabulariesModule } from '../vocabularies/vocabularies.module.js';
import { VocabularyService, type VocabularySnapshot } from '../vocabularies/vocabulary.service.js';
import { formatError } from './format-error.js';
import type { RequestContext } from './request-context.js';

const production = process.env.NODE_ENV === 'production';

/** Apollo through Nest, code-first; the context factory builds fresh loaders for every request. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [CatalogueModule, VocabulariesModule],
      inject: [InstrumentDetailsLoaderFactory, VocabularyService],
      useFactory: (details: InstrumentDetailsLoaderFactory, vocabularies: VocabularyService) => ({
        autoSchemaFile: true,
        sortSchema: true,
        graphiql: !production,
        introspection: !production,
        formatError,
        context: ({ req, res }: { req: Request; res: Response }): RequestContext => {
          let snapshot: Promise<VocabularySnapshot> | undefined;
          return {
            req,
            res,
            loaders: {
              ...details.create(),
              vocabulary: () => (snapshot ??= vocabularies.snapshot()),
            },
          };
        },
      }),
    }),
  ],
})
export class GraphqlConfigModule {}
