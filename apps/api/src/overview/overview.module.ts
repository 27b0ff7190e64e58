import { Module } from '@nestjs/common';
import { OverviewResolver } from './overview.resolver.js';
import { OverviewService } from './overview.service.js';

@Module({ providers: [OverviewService, OverviewResolver] })
export class OverviewModule {}
