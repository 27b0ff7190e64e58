import { Logger } from '@nestjs/common';
import { seedExampleData, type PoolSettings, type SeedResult } from '#database';
import { createDataSource } from './data-source.js';
import type { DataSource, Logger as SqlLogger } from 'typeorm';

/**
 * Applies pending migrations and, when asked, seeds an empty catalogue, on a connection of its
 * own without the statement timeout (a migration may rebuild an index); then opens the app's pool.
 */
export async function prepareDatabase(
  url: string,
  options: { seed: boolean; log?: (message: string) => void; sqlLogger?: SqlLogger; pool?: PoolSettings },
): Promise<DataSource> {
  const logger = new Logger('Database');
  const log = options.log ?? ((message: string) => logger.log(message));
  const maintenance = createDataSource(url, options.sqlLogger, { size: 1, statementTimeoutMs: 0, connectTimeoutMs: options.pool?.connectTimeoutMs });
  await maintenance.initialize();
  try {
    const applied = await maintenance.runMigrations({ transaction: 'each' });
    if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    if (options.seed) {
      const result: SeedResult = await maintenance.transaction((em) => seedExampleData(em));
      if (result.seeded) log(`Loaded ${result.instruments} example instruments (fictional example data)`);
    }
  } finally {
    await maintenance.destroy();
  }
  const dataSource = createDataSource(url, options.sqlLogger, options.pool);
  await dataSource.initialize();
  return dataSource;
}
