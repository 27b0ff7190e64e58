import { DataSource } from 'typeorm';
import { dataSourceOptions } from '#database';
import { entities } from './entities.js';

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url, entities));
}
