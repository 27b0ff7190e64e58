import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { concatMap, from, type Observable } from 'rxjs';
import { normaliseEmail } from '#domain';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { RequestContext } from '../graphql/request-context.js';
import { MUTATIONS, tooManyRequests } from './mutation-limit.js';
import { PostgresRateLimitStorage } from './postgres-rate-limit.storage.js';

interface Rule {
  name: string;
  limit: number;
  ttlMs: number;
  tracker: string;
  /** Only failures count: the hit is given back when the mutation succeeds. */
  failuresOnly?: boolean;
}

/**
 * Rate limits on GraphQL mutations, counted in PostgreSQL so all instances share them:
 * - `auth-ip`: failed sign-ins and every sign-up per client address (guessing, mass sign-up);
 * - `auth-account`: failed sign-ins per account *and* client address. Nobody can lock a member
 *   out: a client that has not failed too often itself still signs in with the right password,
 *   however many wrong ones others sent for the same address;
 * - `mutations`: every other mutation per signed-in member (per address for visitors).
 * A hit is counted before the mutation runs (so parallel guesses cannot slip past a limit) and,
 * for sign-in, given back when the password was right. Over a limit the key is blocked for the
 * rest of a window: TOO_MANY_REQUESTS with `extensions.retryAfter` seconds and a Retry-After
 * header. Queries cost nothing here. The client address is Express's `req.ip`, which
 * believes X-Forwarded-For only as far as TRUST_PROXY says.
 */
/** Mutations of accounts that count like sign-ups: every attempt, per client address (mailing links, trying tokens). */
const EVERY_ATTEMPT_PER_ADDRESS = new Set(['register', 'requestPasswordReset', 'resetPassword', 'confirmEmail', 'resendMyVerification']);
/** Mutations that check the member's own password count like sign-in: failures only. */
const CHECKS_OWN_PASSWORD = new Set(['changePassword', 'changeEmail', 'deleteMyAccount']);

@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly storage: PostgresRateLimitStorage,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const ctx = gql.getContext<RequestContext>();
    const rules = await this.rules(info.fieldName, gql.getArgs(), ctx);
    for (const rule of rules) {
      const record = await this.storage.increment(`${rule.name}:${rule.tracker}`, rule.ttlMs, rule.limit, rule.ttlMs, rule.name);
      if (record.isBlocked) {
        const error = tooManyRequests(record.timeToBlockExpire);
        ctx.res.setHeader('Retry-After', String(error.details.retryAfter));
        throw error;
      }
    }
    const refunds = rules.filter((rule) => rule.failuresOnly);
    if (!refunds.length) return next.handle();
    return next.handle().pipe(
      concatMap((result) =>
        from(
          Promise.all(refunds.map((rule) => this.storage.refund(`${rule.name}:${rule.tracker}`, rule.name))).then(() => result),
        ),
      ),
    );
  }

  private async rules(mutation: string, args: { input?: { email?: unknown } }, ctx: RequestContext): Promise<Rule[]> {
    const limits = this.config.rateLimits;
    const address = ctx.req.ip ?? 'unknown';
    if (EVERY_ATTEMPT_PER_ADDRESS.has(mutation)) {
      return [{ name: 'auth-ip', limit: limits.authPerIp, ttlMs: limits.authWindowMs, tracker: address }];
    }
    if (CHECKS_OWN_PASSWORD.has(mutation)) {
      const viewer = await ctx.viewer();
      return [
        { name: 'auth-ip', limit: limits.authPerIp, ttlMs: limits.authWindowMs, tracker: address, failuresOnly: true },
        {
          name: 'auth-account',
          limit: limits.authPerAccount,
          ttlMs: limits.authWindowMs,
          tracker: `account:${viewer?.accountId ?? 'none'}|${address}`,
          failuresOnly: true,
        },
      ];
    }
    if (mutation === 'signIn') {
      const email = typeof args.input?.email === 'string' ? normaliseEmail(args.input.email) : '';
      return [
        { name: 'auth-ip', limit: limits.authPerIp, ttlMs: limits.authWindowMs, tracker: address, failuresOnly: true },
        {
          name: 'auth-account',
          limit: limits.authPerAccount,
          ttlMs: limits.authWindowMs,
          tracker: `${email}|${address}`,
          failuresOnly: true,
        },
      ];
    }
    const viewer = await ctx.viewer();
    const tracker = viewer ? `account:${viewer.accountId}` : `ip:${address}`;
    return [{ name: MUTATIONS, limit: limits.mutationsPerMember, ttlMs: limits.mutationsWindowMs, tracker }];
  }
}
