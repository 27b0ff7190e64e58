import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config.js';
import { PostgresRateLimitStorage } from '../../rate-limits/postgres-rate-limit.storage.js';
import { RateLimitsQueries } from '../../rate-limits/rate-limits.queries.js';
import { AccountsModule } from '../accounts.module.js';
import { PasswordService } from '../password.service.js';
import { OidcAccountsService } from './oidc-accounts.service.js';
import { OidcClientService } from './oidc-client.service.js';
import { OidcController } from './oidc.controller.js';
import { OidcQueries } from './oidc.queries.js';
import { OidcSignInService } from './oidc-sign-in.service.js';
import { SignInOptionsResolver } from './sign-in-options.resolver.js';

/**
 * Single sign-on with OpenID Connect (issue #20.6). `signInOptions` always answers (institution
 * null when unset); the routes exist only when OIDC_ISSUER is set. PasswordService and the rate
 * limits' storage are provided here too, as their modules do not export them (both keep no state
 * that must be shared).
 */
@Module({})
export class OidcModule {
  static register(config: AppConfig): DynamicModule {
    if (!config.oidc) return { module: OidcModule, providers: [SignInOptionsResolver] };
    return {
      module: OidcModule,
      imports: [AccountsModule],
      controllers: [OidcController],
      providers: [
        SignInOptionsResolver,
        OidcClientService,
        OidcQueries,
        OidcAccountsService,
        OidcSignInService,
        PasswordService,
        RateLimitsQueries,
        PostgresRateLimitStorage,
      ],
    };
  }
}
