import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PostgresRateLimitStorage } from './postgres-rate-limit.storage.js';
import { RateLimitGuard } from './rate-limit.guard.js';

@Module({
  providers: [PostgresRateLimitStorage, { provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class RateLimitsModule {}
