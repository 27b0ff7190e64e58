import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { AccountsModule } from '../accounts/accounts.module.js';
import { SessionsService } from '../accounts/sessions.service.js';
import type { Viewer } from '../accounts/viewer.js';
import { CollectionLoaderFactory } from '../collections/collection.loaders.js';
import { CollectionsModule } from '../collections/collections.module.js';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { InstrumentDetailsLoaderFactory } from '../catalogue/instrument-details.loader.js';
import { EvidenceLoaderFactory } from '../evidence/evidence.loaders.js';
import { EvidenceModule } from '../evidence/evidence.module.js';
import { FileLoaderFactory } from '../files/file.loaders.js';
import { FilesModule } from '../files/files.module.js';
import { FollowLoaderFactory } from '../following/follow.loaders.js';
import { FollowingModule } from '../following/following.module.js';
import { PilotLoaderFactory } from '../pilots/pilot.loaders.js';
import { PilotsModule } from '../pilots/pilots.module.js';
import { PracticeReportLoaderFactory } from '../practice-reports/practice-report.loaders.js';
import { PracticeReportsModule } from '../practice-reports/practice-reports.module.js';
import { ProposalLoaderFactory } from '../proposals/proposal.loaders.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { RatingsModule } from '../ratings/ratings.module.js';
import { RatingLoaderFactory } from '../ratings/rating.loaders.js';
import { VocabulariesModule } from '../vocabularies/vocabularies.module.js';
import { VocabularyService, type VocabularySnapshot } from '../vocabularies/vocabulary.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AnonymousReadCache, AnonymousReadCacheModule } from './anonymous-read-cache.js';
import { errorFormatter } from './format-error.js';
import { queryLimits } from './query-limits.js';
import type { RequestContext } from './request-context.js';

/**
 * Every answer says `Cache-Control: no-store`, as Apollo's cache-control plugin said with no
 * hints in the schema; that plugin itself is off, since it hooked into every resolved field
 * of every request to collect hints nobody gives.
 */
const noStore: ApolloServerPlugin = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      response.http.headers.set('cache-control', 'no-store');
    },
  }),
};

/** Apollo through Nest, code-first; the context factory builds fresh loaders for every request. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AccountsModule, CatalogueModule, VocabulariesModule, RatingsModule, ProposalsModule, AnonymousReadCacheModule, EvidenceModule, PracticeReportsModule, PilotsModule, FilesModule, CollectionsModule, FollowingModule],
      inject: [
        APP_CONFIG,
        InstrumentDetailsLoaderFactory,
        VocabularyService,
        SessionsService,
        RatingLoaderFactory,
        ProposalLoaderFactory,
        AnonymousReadCache,
        EvidenceLoaderFactory,
        PracticeReportLoaderFactory,
        PilotLoaderFactory,
        FileLoaderFactory,
        CollectionLoaderFactory,
        FollowLoaderFactory,
      ],
      useFactory: (
        config: AppConfig,
        details: InstrumentDetailsLoaderFactory,
        vocabularies: VocabularyService,
        sessions: SessionsService,
        ratings: RatingLoaderFactory,
        proposals: ProposalLoaderFactory,
        readCache: AnonymousReadCache,
        evidence: EvidenceLoaderFactory,
        practiceReports: PracticeReportLoaderFactory,
        pilots: PilotLoaderFactory,
        files: FileLoaderFactory,
        collections: CollectionLoaderFactory,
        follows: FollowLoaderFactory,
      ) => {
        const limits = queryLimits();
        return {
          autoSchemaFile: true,
          sortSchema: true,
          graphiql: !config.production,
          introspection: !config.production,
          // Refuses GET mutations and "simple" cross-site POSTs (text/plain, forms) that browsers send without preflight.
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: false,
          validationRules: limits.validationRules,
          // Limits first: a refused query never reaches the cache.
          plugins: [...limits.plugins, readCache.plugin(), ApolloServerPluginCacheControlDisabled(), noStore],
          parseOptions: limits.parseOptions,
          formatError: errorFormatter(config.production),
          // Guards also protect field resolvers (non-public fields).
          fieldResolverEnhancers: ['guards'],
          context: ({ req, res }: { req: Request; res: Response }): RequestContext => {
            let snapshot: Promise<VocabularySnapshot> | undefined;
            let viewer: Promise<Viewer | null> | undefined;
            const context: RequestContext = {
              req,
              res,
              viewer: () => (viewer ??= sessions.authenticate(req, res)),
              loaders: {
                ...details.create(),
                // Reads the context's current viewer, which signIn and signOut may replace.
                ratings: ratings.create(() => context.viewer()),
                proposals: proposals.create(),
                evidence: evidence.create(),
                practiceReports: practiceReports.create(),
                pilots: pilots.create(() => context.viewer()),
                files: files.create(() => context.viewer()),
                collections: collections.create(),
                follows: follows.create(() => context.viewer()),
                vocabulary: () => (snapshot ??= vocabularies.snapshot()),
              },
            };
            return context;
          },
        };
      },
    }),
  ],
})
export class GraphqlConfigModule {}
