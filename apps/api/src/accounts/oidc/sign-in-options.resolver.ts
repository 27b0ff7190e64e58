import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { INSTITUTION_SIGN_IN } from '#domain';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { SignInOptions } from './sign-in-options.model.js';

@Resolver(() => SignInOptions)
export class SignInOptionsResolver {
  private readonly options: SignInOptions;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.options = {
      institution: config.oidc ? { label: config.oidc.buttonLabel, startPath: INSTITUTION_SIGN_IN.startPath } : null,
    };
  }

  @Query(() => SignInOptions, { description: 'For the sign-in page: whether single sign-on is on, and its button.' })
  signInOptions(): SignInOptions {
    return this.options;
  }
}
