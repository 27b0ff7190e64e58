import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { FilesStorageModule } from '../files/storage/files-storage.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { RatingsModule } from '../ratings/ratings.module.js';
import { AccountLinks } from './account-links.js';
import { AccountRecoveryService } from './account-recovery.service.js';
import { AccountSelfServiceResolver } from './account-self-service.resolver.js';
import { AccountSelfService } from './account-self-service.service.js';
import { AccountTokens } from './account-tokens.js';
import { AccountsQueries } from './accounts.queries.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { MyDataQueries } from './my-data.queries.js';
import { PasswordPolicy } from './password-policy.js';
import { PasswordService } from './password.service.js';
import { RolesGuard } from './roles.guard.js';
import { SessionsService } from './sessions.service.js';

@Module({
  imports: [NotificationsModule, RatingsModule, FilesStorageModule],
  providers: [
    AccountsQueries,
    PasswordService,
    PasswordPolicy,
    SessionsService,
    AccountsService,
    AccountTokens,
    AccountLinks,
    AccountRecoveryService,
    AccountSelfService,
    MyDataQueries,
    AccountsResolver,
    AccountSelfServiceResolver,
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [SessionsService, AccountsService],
})
export class AccountsModule {}
