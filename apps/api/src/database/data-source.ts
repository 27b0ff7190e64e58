import { DataSource, type Logger } from 'typeorm';
import { dataSourceOptions, type PoolSettings } from '#database';
import { entities } from './entities.js';
import { SqlErrorLogger } from './sql-error-logger.js';

export function createDataSource(url: string, logger?: Logger, pool?: PoolSettings): DataSource {
  return new DataSource(dataSourceOptions(url, entities, { logger: logger ?? new SqlErrorLogger(), pool }));
}
