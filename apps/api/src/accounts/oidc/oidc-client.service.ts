import { Inject, Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { INSTITUTION_SIGN_IN_FAILURES as FAILURES } from '#domain';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../../config/app-config.js';
import { OidcFailure } from './oidc-failure.js';
import type { PendingSignIn } from './oidc.queries.js';

/** What the provider says about the person, from the ID token and the userinfo endpoint. */
export interface ProviderIdentity {
  /** The discovered issuer, as the ID token's `iss`. */
  issuer: string;
  subject: string;
  email?: string;
  emailVerified: boolean;
  name?: string;
}

/** Seconds to wait for the provider's discovery, token and userinfo endpoints. */
const PROVIDER_TIMEOUT_S = 10;

/**
 * The relying party (openid-client 6): the authorization code flow with PKCE (S256), state and nonce.
 * The provider's metadata is discovered on the first sign-in and kept; a failed discovery is tried
 * again by the next one, so a provider that is down at start does not stop the app.
 */
@Injectable()
export class OidcClientService {
  private readonly settings: OidcConfig;
  private discovered: Promise<client.Configuration> | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.oidc) throw new Error('OidcClientService needs the OIDC settings');
    this.settings = config.oidc;
  }

  private configuration(): Promise<client.Configuration> {
    this.discovered ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        undefined,
        client.ClientSecretBasic(this.settings.clientSecret),
        {
          // http only outside production (checked with the settings): the tests' provider runs on localhost.
          execute: new URL(this.settings.issuer).protocol === 'http:' ? [client.allowInsecureRequests] : [],
          timeout: PROVIDER_TIMEOUT_S,
        },
      )
      .catch((error: unknown) => {
        this.discovered = undefined;
        throw new OidcFailure(FAILURES.UNAVAILABLE, `discovery of ${this.settings.issuer} failed: ${String(error)}`);
      });
    return this.discovered;
  }

  /** A new sign-in: its checks (to keep server-side) and the provider's URL to send the browser to. */
  async begin(redirectUri: string, returnPath: string): Promise<{ pending: PendingSignIn; url: URL }> {
    const config = await this.configuration();
    const pending: PendingSignIn = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      returnPath,
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { pending, url };
  }

  /**
   * Checks the provider's answer at the callback (state, `iss`, errors), redeems the code with the
   * PKCE verifier, checks the ID token (signature, audience, nonce) and reads the userinfo.
   */
  async finish(callbackUrl: URL, pending: PendingSignIn): Promise<ProviderIdentity> {
    const config = await this.configuration();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        pkceCodeVerifier: pending.codeVerifier,
        idTokenExpected: true,
      });
    } catch (error) {
      throw callbackFailure(error);
    }
    const claims = tokens.claims();
    if (!claims) throw new OidcFailure(FAILURES.FAILED, 'the token response has no ID token');
    let info: client.UserInfoResponse | undefined;
    if (config.serverMetadata().userinfo_endpoint) {
      try {
        info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      } catch (error) {
        throw new OidcFailure(FAILURES.FAILED, `userinfo failed: ${String(error)}`);
      }
    }
    const all: Record<string, unknown> = { ...info, ...claims };
    const name = [all.name, [all.given_name, all.family_name].filter((part) => typeof part === 'string').join(' ')].find(
      (value): value is string => typeof value === 'string' && value.trim().length > 0,
    );
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email: typeof all.email === 'string' ? all.email : undefined,
      // Only the boolean true counts: "true" as a string or a missing claim is not a verified address.
      emailVerified: all.email_verified === true,
      name,
    };
  }
}

/** The provider's error answer (denied, cancelled), a state that does not match, or anything else. */
function callbackFailure(error: unknown): OidcFailure {
  if (error instanceof client.AuthorizationResponseError) {
    const code = error.error === 'access_denied' ? FAILURES.DENIED : FAILURES.FAILED;
    return new OidcFailure(code, `the provider answered ${error.error}: ${error.error_description ?? ''}`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  const reason = error instanceof Error ? `${error.name}: ${error.message}${cause ? ` (${cause})` : ''}` : String(error);
  if (error instanceof client.ClientError && /"state"/.test(cause)) return new OidcFailure(FAILURES.EXPIRED, reason);
  if (error instanceof TypeError || (error instanceof Error && error.name === 'AbortError')) return new OidcFailure(FAILURES.UNAVAILABLE, reason);
  return new OidcFailure(FAILURES.FAILED, reason);
}
