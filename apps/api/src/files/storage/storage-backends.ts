import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { StorageBackendName } from './file-storage.js';
import { PostgresBackend } from './postgres-backend.js';
import { createS3Client, S3Backend } from './s3-backend.js';
import type { StorageBackend } from './storage-backend.js';

/** The two backends: PostgreSQL always, S3 when S3_URL is set; new files go to S3 then. */
@Injectable()
export class StorageBackends implements OnModuleDestroy {
  readonly postgres: PostgresBackend;
  readonly s3: S3Backend | null;
  private readonly closeS3: () => void;

  constructor(@InjectDataSource() dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    this.postgres = new PostgresBackend(dataSource);
    const location = config.files.s3;
    const client = location ? createS3Client(location) : null;
    this.s3 = client && location ? new S3Backend(client, location.bucket) : null;
    this.closeS3 = () => client?.destroy();
  }

  /** Where new files are written. */
  get current(): StorageBackend {
    return this.s3 ?? this.postgres;
  }

  get(name: StorageBackendName): StorageBackend {
    if (name === 'postgres') return this.postgres;
    if (!this.s3) throw new Error('This file is stored in S3, but S3_URL is not set');
    return this.s3;
  }

  onModuleDestroy(): void {
    this.closeS3();
  }
}
