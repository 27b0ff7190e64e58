import { DataSource, type Logger } from 'typeorm';
import { dataSourceOptions } from '#database';
import { entities } from './entities.js';

export function createDataSource(url: string, logger?: Logger): DataSource {
  return new DataSource(dataSourceOptions(url, entities, { logger }));
}
