import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { ByteRange, FileStorage, PutOptions, StoredFile } from './file-storage.js';
import { StoredFilesQueries } from './stored-files.queries.js';

/**
 * The app's file store: writes to the configured backend (S3 when S3_URL is set, else PostgreSQL)
 * and reads from the backend recorded in each file's metadata row.
 */
@Injectable()
export class FilesStore implements FileStorage {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: StoredFilesQueries,
  ) {}

  put(body: Readable, options: PutOptions, manager?: EntityManager): Promise<StoredFile> {
    void body;
    void options;
    void manager;
    return Promise.reject(new Error('FilesStore.put is not implemented yet'));
  }

  get(key: string, range?: ByteRange): Promise<Readable> {
    void key;
    void range;
    return Promise.reject(new Error('FilesStore.get is not implemented yet'));
  }

  stat(key: string): Promise<StoredFile | null> {
    return this.queries.find(this.dataSource, key);
  }

  delete(key: string, manager?: EntityManager): Promise<void> {
    void key;
    void manager;
    void this.config;
    return Promise.reject(new Error('FilesStore.delete is not implemented yet'));
  }
}
