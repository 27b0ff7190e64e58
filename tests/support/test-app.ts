import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '#database';
import { createApp } from '../../apps/api/src/app.factory.js';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: string[] }; path?: (string | number)[] }[];
}

export interface TestApp {
  url: string;
  dataSource: DataSource;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real app over HTTP on its own database cloned from the migrated template. */
export async function startTestApp(options: { seed?: boolean } = {}): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const dataSource = await prepareDatabase(database.url, { seed: options.seed ?? true, log: () => undefined });
  const app: INestApplication = await createApp(dataSource, ['error']);
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  return {
    url,
    dataSource,
    async gql(query, variables) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async close() {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}

/** Data of a response that must have succeeded; the errors are shown when it did not. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  }
  return response.data;
}
