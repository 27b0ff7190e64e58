import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountsQueries } from './accounts.queries.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { PasswordService } from './password.service.js';
import { RolesGuard } from './roles.guard.js';
import { SessionsService } from './sessions.service.js';

@Module({
  providers: [
    AccountsQueries,
    PasswordService,
    SessionsService,
    AccountsService,
    AccountsResolver,
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [SessionsService, AccountsService],
})
export class AccountsModule {}
