import type { AppConfig } from '../config/app-config.js';
import { DomainError } from '../common/domain-error.js';
import type { PostgresRateLimitStorage } from './postgres-rate-limit.storage.js';

/** The counter every mutation counts in (RateLimitInterceptor's `mutations`), also the HTTP routes that change data. */
export const MUTATIONS = 'mutations';

/** Over a rate limit: TOO_MANY_REQUESTS with `retryAfter` seconds (a Retry-After header follows from it). */
export function tooManyRequests(timeToBlockExpire: number): DomainError {
  const retryAfter = Math.max(1, timeToBlockExpire);
  return new DomainError(
    'TOO_MANY_REQUESTS',
    `Te veel verzoeken achter elkaar; probeer het over ${retryAfter} s opnieuw. (Too many requests; retry after ${retryAfter} s)`,
    [],
    { retryAfter },
  );
}

/**
 * Counts one request of an HTTP route in the mutations' limit, as the interceptor counts a mutation:
 * `tracker` is `account:<id>` for a member, `ip:<address>` for a visitor. Throws when over it.
 */
export async function countMutation(storage: PostgresRateLimitStorage, limits: AppConfig['rateLimits'], tracker: string): Promise<void> {
  const { mutationsPerMember, mutationsWindowMs } = limits;
  const record = await storage.increment(`${MUTATIONS}:${tracker}`, mutationsWindowMs, mutationsPerMember, mutationsWindowMs, MUTATIONS);
  if (record.isBlocked) throw tooManyRequests(record.timeToBlockExpire);
}
