import type { INestApplication } from '@nestjs/common';
import type { Request, Response } from 'express';
import { StatementCounter } from '#database';

/** Set only by `npm run bench`: count SQL statements and expose the total to the bench runner. */
export const BENCH_COUNT_SQL_ENV = 'NLC_BENCH_COUNT_SQL';

export function benchStatementCounter(): StatementCounter | undefined {
  return process.env[BENCH_COUNT_SQL_ENV] === '1' ? new StatementCounter({ keepStatements: false }) : undefined;
}

/**
 * GET /__bench/sql-statements answers the number of statements sent so far. The runner reads it
 * before and after a series of sequential requests; the difference divided by their number is
 * the statements per request.
 */
export function exposeStatementCount(app: INestApplication, counter: StatementCounter): void {
  app.use('/__bench/sql-statements', (_req: Request, res: Response) => {
    res.json({ count: counter.count });
  });
}
