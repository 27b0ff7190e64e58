import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { FollowEventsModule } from '../following/follow-events.module.js';
import { PostgresRateLimitStorage } from '../rate-limits/postgres-rate-limit.storage.js';
import { RateLimitsQueries } from '../rate-limits/rate-limits.queries.js';
import { FileDownloadController } from './file-download.controller.js';
import { FileLoaderFactory } from './file.loaders.js';
import { FileUploadController } from './file-upload.controller.js';
import { FileUploadService } from './file-upload.service.js';
import { FilesQueries } from './files.queries.js';
import { FilesResolver, InstrumentFilesResolver, ProposalAttachmentsResolver } from './files.resolver.js';
import { FilesService } from './files.service.js';
import { FilesStorageModule } from './storage/files-storage.module.js';

/**
 * An instrument's own files in editions, and proposals' attachments (issue #22): uploads and
 * downloads over HTTP, the rest in GraphQL. The rate limits' storage is provided here too, as its
 * module does not export it (it keeps no state that must be shared).
 */
@Module({
  imports: [AccountsModule, FilesStorageModule, FollowEventsModule],
  controllers: [FileUploadController, FileDownloadController],
  providers: [
    FilesQueries,
    FilesService,
    FileUploadService,
    FileLoaderFactory,
    FilesResolver,
    InstrumentFilesResolver,
    ProposalAttachmentsResolver,
    RateLimitsQueries,
    PostgresRateLimitStorage,
  ],
  exports: [FilesQueries],
})
export class FilesModule {}
