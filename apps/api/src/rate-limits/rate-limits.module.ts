import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { PostgresRateLimitStorage } from './postgres-rate-limit.storage.js';
import { RateLimitsQueries } from './rate-limits.queries.js';
import { RateLimitInterceptor } from './rate-limit.interceptor.js';

@Module({
  providers: [RateLimitsQueries, PostgresRateLimitStorage, { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor }],
})
export class RateLimitsModule {}
