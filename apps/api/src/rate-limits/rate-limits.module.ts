import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { PostgresRateLimitStorage } from './postgres-rate-limit.storage.js';
import { RateLimitInterceptor } from './rate-limit.interceptor.js';

@Module({
  providers: [PostgresRateLimitStorage, { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor }],
})
export class RateLimitsModule {}
