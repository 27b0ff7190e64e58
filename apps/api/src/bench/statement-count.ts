import type { INestApplication } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ObjectLiteral } from 'typeorm';
import { StatementCounter } from '#database';

/** Set only by `npm run bench`: count SQL statements and expose the total to the bench runner. */
export const BENCH_COUNT_SQL_ENV = 'NLC_BENCH_COUNT_SQL';

/** One statement the app sent, numbered from 1 in the order sent. */
export interface LoggedStatement {
  n: number;
  sql: string;
  parameters: unknown[];
}

/** The last this many statements are kept, enough for a few sequential requests. */
const RECENT = 200;

/**
 * Counts statements and keeps the most recent ones with their parameters, so the bench can
 * write the plans of exactly the SQL the app sends (tests/bench/plans.ts).
 */
export class BenchStatementLog extends StatementCounter {
  private readonly recent: LoggedStatement[] = [];

  constructor() {
    super({ keepStatements: false });
  }

  override logQuery(query: string, parameters?: unknown[] | ObjectLiteral): void {
    super.logQuery(query);
    this.recent.push({ n: this.count, sql: query, parameters: Array.isArray(parameters) ? parameters : [] });
    if (this.recent.length > RECENT) this.recent.shift();
  }

  /** The kept statements numbered above `after`. */
  since(after: number): LoggedStatement[] {
    return this.recent.filter((s) => s.n > after);
  }
}

export function benchStatementCounter(): BenchStatementLog | undefined {
  return process.env[BENCH_COUNT_SQL_ENV] === '1' ? new BenchStatementLog() : undefined;
}

/**
 * GET /__bench/sql-statements answers the number of statements sent so far. The runner reads it
 * before and after a series of sequential requests; the difference divided by their number is
 * the statements per request. With `?since=N` it also lists the kept statements numbered above N
 * (SQL and parameters).
 */
export function exposeStatementCount(app: INestApplication, counter: BenchStatementLog): void {
  app.use('/__bench/sql-statements', (req: Request, res: Response) => {
    const since = Number(req.query.since);
    res.json(Number.isInteger(since) ? { count: counter.count, statements: counter.since(since) } : { count: counter.count });
  });
}
