import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DomainError } from '../graphql/domain-error.js';
import type { RequestContext } from '../graphql/request-context.js';
import { PostgresRateLimitStorage } from './postgres-rate-limit.storage.js';

/** Mutations that start a session: limited per client address and per e-mail address. */
export const AUTH_MUTATIONS = new Set(['signIn', 'register']);

interface Rule {
  name: string;
  limit: number;
  ttlMs: number;
  tracker: string;
}

/**
 * Rate limits on GraphQL mutations, counted in PostgreSQL so all instances share them:
 * - `auth-ip`: signIn and register per client address (brute force, mass sign-up);
 * - `auth-account`: signIn and register per e-mail address (one account tried from many addresses);
 * - `mutations`: every other mutation per signed-in member (per address for visitors).
 * Over a limit the key is blocked for the rest of a window: TOO_MANY_REQUESTS with
 * `extensions.retryAfter` seconds and a Retry-After header. Queries and field resolvers
 * (guards run on those too) cost nothing here.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly storage: PostgresRateLimitStorage,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo();
    if (info.parentType.name !== 'Mutation') return true;
    const ctx = gql.getContext<RequestContext>();
    for (const rule of await this.rules(info.fieldName, gql.getArgs(), ctx)) {
      const record = await this.storage.increment(`${rule.name}:${rule.tracker}`, rule.ttlMs, rule.limit, rule.ttlMs, rule.name);
      if (record.isBlocked) {
        const retryAfter = Math.max(1, record.timeToBlockExpire);
        ctx.res.setHeader('Retry-After', String(retryAfter));
        throw new DomainError(
          'TOO_MANY_REQUESTS',
          `Te veel verzoeken achter elkaar; probeer het over ${retryAfter} s opnieuw. (Too many requests; retry after ${retryAfter} s)`,
          [],
          { retryAfter },
        );
      }
    }
    return true;
  }

  private async rules(mutation: string, args: { input?: { email?: unknown } }, ctx: RequestContext): Promise<Rule[]> {
    const limits = this.config.rateLimits;
    const address = ctx.req.ip ?? 'unknown';
    if (AUTH_MUTATIONS.has(mutation)) {
      const email = typeof args.input?.email === 'string' ? args.input.email.trim().toLowerCase() : '';
      return [
        { name: 'auth-ip', limit: limits.authPerIp, ttlMs: limits.authWindowMs, tracker: address },
        ...(email ? [{ name: 'auth-account', limit: limits.authPerAccount, ttlMs: limits.authWindowMs, tracker: email }] : []),
      ];
    }
    const viewer = await ctx.viewer();
    const tracker = viewer ? `account:${viewer.accountId}` : `ip:${address}`;
    return [{ name: 'mutations', limit: limits.mutationsPerMember, ttlMs: limits.mutationsWindowMs, tracker }];
  }
}
