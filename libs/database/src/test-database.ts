import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { withDatabase } from './database-config.js';

export const TEMPLATE_DATABASE_ENV = 'NLC_TEST_TEMPLATE_URL';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database cloned from the template that the test run migrated once
 * (tests/support/global-setup.mjs), so test files run in parallel on their own data.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = process.env[TEMPLATE_DATABASE_ENV];
  if (!templateUrl) throw new Error(`${TEMPLATE_DATABASE_ENV} is not set; run the tests with npm test`);
  const template = decodeURIComponent(new URL(templateUrl).pathname.slice(1));
  const name = `${template.replace(/^nlc_template_/, 'nlc_test_')}_${randomBytes(4).toString('hex')}`;
  const adminUrl = withDatabase(templateUrl, 'postgres');
  await adminQuery(adminUrl, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`);
        return;
      } catch (error) {
        // 55006: another clone of the template is in progress; it takes milliseconds.
        if ((error as { code?: string }).code !== '55006' || attempt > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
      }
    }
  });
  return {
    url: withDatabase(templateUrl, name),
    drop: () =>
      adminQuery(adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`).then(() => undefined),
      ),
  };
}

async function adminQuery(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
