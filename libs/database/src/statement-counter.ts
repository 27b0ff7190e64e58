import type { Logger } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements the app sends (tests and the benchmark use it
 * to show that a page costs a fixed number of statements). Failed queries are still reported.
 */
export class StatementCounter implements Logger {
  count = 0;
  readonly statements: string[] = [];

  /** `keepStatements: false` only counts, for long runs (the benchmark). */
  constructor(private readonly options: { keepStatements?: boolean } = {}) {}

  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }

  logQuery(query: string): void {
    this.count++;
    if (this.options.keepStatements !== false) this.statements.push(query);
  }

  logQueryError(error: string | Error, query: string): void {
    this.count++;
    if (process.env.LOG_SQL_ERRORS) console.error(`query failed: ${query}: ${String(error)}`);
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
