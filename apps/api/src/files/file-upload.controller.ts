import { Controller, HttpCode, HttpStatus, Inject, Param, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { RequireRole } from '../accounts/require-role.decorator.js';
import { RequireVerifiedEmail } from '../accounts/require-verified-email.decorator.js';
import { SessionsService } from '../accounts/sessions.service.js';
import type { Viewer } from '../accounts/viewer.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CsrfHeaderGuard } from '../http/csrf-header.guard.js';
import { countMutation } from '../rate-limits/mutation-limit.js';
import { PostgresRateLimitStorage } from '../rate-limits/postgres-rate-limit.storage.js';
import type { FileEdition } from './file.model.js';
import { FileUploadService } from './file-upload.service.js';
import { FilesHttpErrorFilter } from './files-http-error.filter.js';
import { receiveFile } from './multipart-upload.js';

/**
 * Uploads over multipart/form-data, with the CSRF header like the import:
 * - `POST /api/files/instruments/:slug/editions` (curators): fields `fileId` or `title`, `versionLabel`,
 *   `changeNote`, then the part `file`;
 * - `POST /api/files/proposals/:proposalId/attachments` (the author while open, or a curator): optional
 *   `title`, then `file`.
 * Both answer 201 `{ "edition": … }` (the GraphQL FileEdition's fields) or `{ code, message, fields }`.
 */
@Controller('api/files')
@UseFilters(FilesHttpErrorFilter)
export class FileUploadController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly uploads: FileUploadService,
    private readonly sessions: SessionsService,
    private readonly rateLimits: PostgresRateLimitStorage,
  ) {}

  @Post('instruments/:slug/editions')
  @RequireRole('CURATOR')
  @UseGuards(CsrfHeaderGuard)
  @HttpCode(HttpStatus.CREATED)
  async addEdition(@Param('slug') slug: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ edition: FileEdition }> {
    const viewer = await this.viewer(req, res);
    const edition = await receiveFile(req, this.config.files.maxBytes, (file) => this.uploads.addEdition(slug, file, viewer));
    res.setHeader('Cache-Control', 'no-store');
    return { edition };
  }

  @Post('proposals/:proposalId/attachments')
  @RequireVerifiedEmail()
  @UseGuards(CsrfHeaderGuard)
  @HttpCode(HttpStatus.CREATED)
  async addAttachment(
    @Param('proposalId') proposalId: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ edition: FileEdition }> {
    const viewer = await this.viewer(req, res);
    const edition = await receiveFile(req, this.config.files.maxBytes, (file) => this.uploads.addAttachment(proposalId, file, viewer));
    res.setHeader('Cache-Control', 'no-store');
    return { edition };
  }

  /** The signed-in viewer (the guard let them in), counted against the per-member mutation limit: an upload is one more. */
  private async viewer(req: Request, res: Response): Promise<Viewer> {
    const viewer = (await this.sessions.viewerOf(req, res))!;
    await countMutation(this.rateLimits, this.config.rateLimits, `account:${viewer.accountId}`);
    return viewer;
  }
}
