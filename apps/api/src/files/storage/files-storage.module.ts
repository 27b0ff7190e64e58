import { Module } from '@nestjs/common';
import { FilesStore } from './files-store.js';
import { S3ObjectRemoval } from './s3-object-removal.js';
import { StorageBackends } from './storage-backends.js';
import { StoredFilesQueries } from './stored-files.queries.js';

/** The file store (FilesStore); import this module where files are written or read. */
@Module({
  providers: [FilesStore, StorageBackends, StoredFilesQueries, S3ObjectRemoval],
  exports: [FilesStore, S3ObjectRemoval],
})
export class FilesStorageModule {}
