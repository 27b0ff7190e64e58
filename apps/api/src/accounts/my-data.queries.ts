import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sqlRow, sqlRows } from '../database/typed-sql.js';

interface Reference {
  table: string;
  column: string;
}

/** Columns never handed out, not even to their owner: hashes of passwords and tokens. */
const SECRET_COLUMN = /(^|_)(password|hash)(_|$)/;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Everything stored about one account (AVG art. 15 and 20), for the `myData` download: the account
 * row, and the rows of every table with a foreign key to accounts, found in the catalogue of the
 * database so that a new table is never forgotten; plus the mails kept for the address. Hashes of
 * passwords and tokens stay out.
 */
@Injectable()
export class MyDataQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every (table, column) that refers to an account, in table order. */
  references(): Promise<Reference[]> {
    return sqlRows<Reference>(
      this.dataSource,
      `SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
       WHERE c.contype = 'f' AND c.confrelid = 'accounts'::regclass
       ORDER BY 1, 2`,
    );
  }

  async of(accountId: string): Promise<Record<string, unknown>> {
    const secret = (table: string) => this.secretColumns(table);
    const account = await sqlRow<{ row: Record<string, unknown> }>(
      this.dataSource,
      `SELECT to_jsonb(a) - $2::text[] AS row FROM accounts a WHERE id = $1`,
      [accountId, await secret('accounts')],
    );
    if (!account) return {};
    const data: Record<string, unknown> = { account: account.row };
    for (const { table, column } of await this.references()) {
      const rows = await sqlRows<{ row: Record<string, unknown> }>(
        this.dataSource,
        `SELECT to_jsonb(t) - $2::text[] AS row FROM ${quote(table)} t WHERE ${quote(column)} = $1 ORDER BY 1`,
        [accountId, await secret(table)],
      );
      data[column === 'account_id' ? table : `${table}.${column}`] = rows.map((r) => r.row);
    }
    data.outbox_mails = (
      await sqlRows<{ row: Record<string, unknown> }>(
        this.dataSource,
        `SELECT to_jsonb(m) AS row FROM outbox_mails m WHERE to_address = $1 ORDER BY id`,
        [account.row.email],
      )
    ).map((r) => r.row);
    return data;
  }

  private async secretColumns(table: string): Promise<string[]> {
    const columns = await sqlRows<{ name: string }>(
      this.dataSource,
      `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
      [table],
    );
    return columns.map((c) => c.name).filter((name) => SECRET_COLUMN.test(name));
  }
}
