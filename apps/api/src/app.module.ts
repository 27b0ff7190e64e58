import { type DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountsModule } from './accounts/accounts.module.js';
import { OidcModule } from './accounts/oidc/oidc.module.js';
import type { AppConfig } from './config/app-config.js';
import { AppConfigModule } from './config/app-config.module.js';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { EvidenceModule } from './evidence/evidence.module.js';
import { CollectionsModule } from './collections/collections.module.js';
import { FilesModule } from './files/files.module.js';
import { FinderModule } from './finder/finder.module.js';
import { FollowingModule } from './following/following.module.js';
import { ExchangeModule } from './exchange/exchange.module.js';
import { GraphqlConfigModule } from './graphql/graphql-config.module.js';
import { HealthModule } from './health/health.module.js';
import { LineageModule } from './lineage/lineage.module.js';
import { MailsModule } from './mails/mails.module.js';
import { LoggingModule, type LoggingOptions } from './logging/logging.module.js';
import { createValidationPipe } from './graphql/validation.pipe.js';
import { OverviewModule } from './overview/overview.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { PilotsModule } from './pilots/pilots.module.js';
import { ProposalsModule } from './proposals/proposals.module.js';
import { PracticeReportsModule } from './practice-reports/practice-reports.module.js';
import { RateLimitsModule } from './rate-limits/rate-limits.module.js';
import { RatingsModule } from './ratings/ratings.module.js';
import { SearchModule } from './search/search.module.js';
import { SeoModule } from './seo/seo.module.js';
import { VocabulariesModule } from './vocabularies/vocabularies.module.js';

@Module({})
export class AppModule {
  /** The DataSource is opened (and migrated) before Nest starts; the app only borrows it. */
  static forDataSource(dataSource: DataSource, config: AppConfig, logging: LoggingOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        LoggingModule.forRoot(logging),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        HealthModule,
        GraphqlConfigModule,
        AccountsModule,
        RateLimitsModule,
        VocabulariesModule,
        SearchModule,
        CatalogueModule,
        OverviewModule,
        RatingsModule,
        ProposalsModule,
        MailsModule,
        NotificationsModule,
        ExchangeModule,
        EvidenceModule,
        LineageModule,
        PilotsModule,
        OidcModule.register(config),
        PracticeReportsModule,
        SeoModule,
        FilesModule,
        FinderModule,
        CollectionsModule,
        FollowingModule,
      ],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}
