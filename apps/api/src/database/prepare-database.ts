import { Logger } from '@nestjs/common';
import { seedExampleData, type SeedResult } from '#database';
import { createDataSource } from './data-source.js';
import type { DataSource, Logger as SqlLogger } from 'typeorm';

/** Opens the DataSource, applies pending migrations and, when asked, seeds an empty catalogue. */
export async function prepareDatabase(
  url: string,
  options: { seed: boolean; log?: (message: string) => void; sqlLogger?: SqlLogger },
): Promise<DataSource> {
  const logger = new Logger('Database');
  const log = options.log ?? ((message: string) => logger.log(message));
  const dataSource = createDataSource(url, options.sqlLogger);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
    if (options.seed) {
      const result: SeedResult = await dataSource.transaction((em) => seedExampleData(em));
      if (result.seeded) log(`Loaded ${result.instruments} example instruments (fictional example data)`);
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
