import { Module } from '@nestjs/common';
import { OverviewQueries } from './overview.queries.js';
import { OverviewResolver } from './overview.resolver.js';
import { OverviewService } from './overview.service.js';

@Module({ providers: [OverviewQueries, OverviewService, OverviewResolver] })
export class OverviewModule {}
