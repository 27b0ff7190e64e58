/** PostgreSQL error codes the services turn into domain errors. */
export function pgErrorCode(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = candidate?.driverError?.code ?? candidate?.code;
  return typeof code === 'string' ? code : undefined;
}

export const isUniqueViolation = (error: unknown) => pgErrorCode(error) === '23505';
export const isForeignKeyViolation = (error: unknown) => pgErrorCode(error) === '23503';

/** Statement cancelled by statement_timeout (or a client-side query timeout). */
export function isStatementTimeout(error: unknown): boolean {
  const message = String((error as { message?: unknown })?.message ?? '');
  return pgErrorCode(error) === '57014' || /Query read timeout/.test(message);
}

/**
 * TypeORM releases a query runner when its connection emits 'error' (the server went away). A
 * transaction whose statement was still waiting can then be woken (its lock holder died first)
 * and try its next statement on the released runner: that is the same fault, not a bug.
 */
const RELEASED_RUNNER = /^(QueryRunnerProviderAlreadyReleasedError|QueryRunnerAlreadyReleasedError)$/;

/**
 * The database cannot be reached or went away: connection refused or reset, PostgreSQL shutting
 * down (57P01–57P03), a connection exception (08…), no connection within the pool's timeout, or
 * a transaction's runner released by its broken connection.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const check = (e: unknown): boolean => {
    if (!e || typeof e !== 'object' || seen.has(e)) return false;
    seen.add(e);
    const code = pgErrorCode(e) ?? '';
    const message = String((e as { message?: unknown }).message ?? '');
    if (/^(57P0[123]|08\d\d\d)$/.test(code)) return true;
    if (RELEASED_RUNNER.test(String((e as { name?: unknown }).name ?? ''))) return true;
    if (/^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(code)) return true;
    if (/Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not open|terminating connection due to administrator command|the database system is (shutting down|starting up)/i.test(message)) {
      return true;
    }
    const nested = e as { driverError?: unknown; cause?: unknown; errors?: unknown[] };
    return check(nested.driverError) || check(nested.cause) || (Array.isArray(nested.errors) && nested.errors.some(check));
  };
  return check(error);
}
