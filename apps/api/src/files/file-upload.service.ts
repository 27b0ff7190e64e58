import { Readable } from 'node:stream';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { FILE_EXTENSIONS, FILE_LIMITS as L, hasRole } from '#domain';
import type { Viewer } from '../accounts/viewer.js';
import { badInput, DomainError } from '../common/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { isUuid, toFileEdition } from './file-edition.mapper.js';
import type { FileEdition } from './file.model.js';
import { safeFileName } from './file-name.js';
import { uploadErrors } from './file-upload-error.js';
import { FilesQueries, type EditionToInsert } from './files.queries.js';
import { mayChangeAttachments } from './files.service.js';
import { sniffType } from './sniff-type.js';
import { FileTooLargeError, type PutOptions, type StoredFile } from './storage/file-storage.js';
import { FilesStore } from './storage/files-store.js';
import { renderPdfPreview } from './storage/pdf-preview.js';
import { FollowEventsService } from '../following/follow-events.service.js';

/** One uploaded file as the multipart reader hands it over: the text fields came before it. */
export interface IncomingFile {
  fields: Record<string, string>;
  fileName: string | undefined;
  body: Readable;
}

/** The previews are small; a larger PNG means something is wrong. */
const PREVIEW_MAX_BYTES = 10 * 1024 * 1024;

const optionalText = (fields: Record<string, string>, name: string): string | null => {
  const value = fields[name]?.trim();
  return value ? value.normalize('NFC') : null;
};

function checkLength(value: string | null, name: string, limits: { min?: number; max: number }): void {
  if (value === null) return;
  if (value.length < (limits.min ?? 0) || value.length > limits.max) {
    throw badInput(`${name} must be ${limits.min ?? 0} to ${limits.max} characters`, name);
  }
}

/**
 * Uploads: a new edition of an instrument's file (curators), or a proposal's attachment. The bytes
 * stream from the request into FilesStore (never whole in memory), inside the transaction that
 * writes the rows, so a refused or broken upload leaves nothing: the postgres backend rolls back with
 * it, an S3 object is deleted again. A PDF's preview is rendered after the answer; failures only log.
 */
@Injectable()
export class FileUploadService implements OnApplicationShutdown {
  private readonly logger = new Logger('FileUpload');
  /** Previews being rendered, so a shutdown can wait for them. */
  private readonly previews = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: FilesQueries,
    private readonly store: FilesStore,
    private readonly followEvents: FollowEventsService,
  ) {}

  /** The fields are checked before any byte is stored: `fileId` or `title`, `versionLabel`, `changeNote`. */
  async addEdition(slug: string, file: IncomingFile, viewer: Viewer): Promise<FileEdition> {
    const fileId = optionalText(file.fields, 'fileId');
    const title = optionalText(file.fields, 'title');
    const versionLabel = optionalText(file.fields, 'versionLabel');
    const changeNote = optionalText(file.fields, 'changeNote');
    if (!versionLabel) throw badInput('versionLabel is required, e.g. "v0.3"', 'versionLabel');
    checkLength(versionLabel, 'versionLabel', L.versionLabel);
    checkLength(changeNote, 'changeNote', L.changeNote);
    if (fileId ? title : !title) throw badInput('Give either fileId (a new edition of that file) or title (a new file).', 'fileId', 'title');
    checkLength(title, 'title', L.title);
    if (fileId && !isUuid(fileId)) throw badInput('fileId must be an instrument file id', 'fileId');

    const instrumentId = await this.queries.instrumentIdForKeyShare(this.dataSource, slug);
    if (!instrumentId) throw new DomainError('NOT_FOUND', 'There is no instrument with this slug.', ['slug']);
    if (fileId && (await this.queries.instrumentFile(this.dataSource, fileId))?.instrumentId !== instrumentId) {
      throw new DomainError('NOT_FOUND', 'This instrument has no file with this id.', ['fileId']);
    }
    return this.storeUpload(file, this.config.files.maxBytes, async (em, stored, fileName) => {
      // Checked again under lock: the instrument or the file may have gone while the bytes came in.
      if (!(await this.queries.instrumentIdForKeyShare(em, slug))) throw new DomainError('NOT_FOUND', 'There is no instrument with this slug.', ['slug']);
      const instrumentFileId = fileId
        ? (await this.queries.lockInstrumentFile(em, fileId))?.id
        : (await this.queries.insertInstrumentFile(em, instrumentId, title!)).id;
      if (!instrumentFileId) throw new DomainError('NOT_FOUND', 'This instrument has no file with this id.', ['fileId']);
      const edition = await this.edition(em, stored, fileName, viewer, { instrumentFileId, proposalId: null, title: null, versionLabel, changeNote });
      await this.followEvents.record(em, { type: 'EDITION', instrumentId, instrumentFileId, versionLabel }, viewer.accountId);
      return edition;
    });
  }

  /** The proposal's author while it is open, or a curator; at most PROPOSAL limits per proposal. */
  async addAttachment(proposalId: string, file: IncomingFile, viewer: Viewer): Promise<FileEdition> {
    const title = optionalText(file.fields, 'title');
    checkLength(title, 'title', L.title);
    const versionLabel = optionalText(file.fields, 'versionLabel') ?? 'v1';
    checkLength(versionLabel, 'versionLabel', L.versionLabel);
    if (!isUuid(proposalId)) throw this.noProposal();
    await this.attachable(this.dataSource, proposalId, viewer);
    const totals = await this.queries.attachmentTotals(this.dataSource, proposalId);
    const { maxBytes, proposalMaxBytes } = this.config.files;
    if (totals.count >= L.proposalMaxFiles || totals.bytes >= proposalMaxBytes) throw uploadErrors.proposalLimit(L.proposalMaxFiles, proposalMaxBytes);
    const room = proposalMaxBytes - totals.bytes;
    // Within the per-file limit but past what the proposal has left: the proposal's limit is the one to say.
    const tooLarge = room < maxBytes ? () => uploadErrors.proposalLimit(L.proposalMaxFiles, proposalMaxBytes) : undefined;
    return this.storeUpload(
      file,
      Math.min(maxBytes, room),
      async (em, stored, fileName) => {
        // Under the proposal's lock, so parallel uploads cannot pass the limits together.
        await this.attachable(em, proposalId, viewer, true);
        const after = await this.queries.attachmentTotals(em, proposalId);
        if (after.count + 1 > L.proposalMaxFiles || after.bytes + stored.size > proposalMaxBytes) {
          throw uploadErrors.proposalLimit(L.proposalMaxFiles, proposalMaxBytes);
        }
        return this.edition(em, stored, fileName, viewer, { instrumentFileId: null, proposalId, title, versionLabel, changeNote: null });
      },
      tooLarge,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.previews]);
  }

  private noProposal(): DomainError {
    return new DomainError('NOT_FOUND', 'There is no proposal of yours with this id.', ['proposalId']);
  }

  private async attachable(db: DataSource | EntityManager, proposalId: string, viewer: Viewer, lock = false): Promise<void> {
    const proposal = await this.queries.proposalState(db, proposalId, lock);
    // Someone else's proposal does not exist for a member.
    if (!proposal || (proposal.proposerId !== viewer.accountId && !hasRole(viewer.role, 'CURATOR'))) throw this.noProposal();
    if (!mayChangeAttachments(proposal, viewer)) {
      throw new DomainError('FORBIDDEN', 'Bestanden toevoegen kan alleen zolang het voorstel openstaat. (The proposal is no longer open.)', [
        'proposalId',
      ]);
    }
  }

  /**
   * Recognises the type from the first bytes, then stores the bytes and writes the rows in one
   * transaction; an S3 object of a transaction that failed is deleted again.
   */
  private async storeUpload(
    file: IncomingFile,
    maxBytes: number,
    write: (em: EntityManager, stored: StoredFile, fileName: string) => Promise<string>,
    tooLarge: () => Error = () => uploadErrors.tooLarge(maxBytes),
  ): Promise<FileEdition> {
    const { type, body } = await sniffType(file.body);
    if (!type) throw uploadErrors.unsupportedType(FILE_EXTENSIONS);
    const fileName = safeFileName(file.fileName, type);
    let editionId: string;
    try {
      editionId = await this.withStoredFile(body, { maxBytes, contentType: type.contentType }, (em, stored) => write(em, stored, fileName));
    } catch (error) {
      if (error instanceof FileTooLargeError) throw tooLarge();
      throw error;
    }
    const edition = (await this.queries.edition(this.dataSource, editionId))!;
    this.logger.log(`stored ${edition.contentType} of ${edition.size} bytes as edition ${edition.id}`);
    if (type.extension === 'pdf') this.renderPreviewLater(edition.id, edition.storedFileKey);
    return toFileEdition(edition);
  }

  /**
   * Stores the bytes and runs `write` in one transaction with them (postgres backend). With S3 no
   * transaction waits for the bytes: the object and its row come first, and are deleted again when
   * `write` fails.
   */
  private async withStoredFile<T>(body: Readable, options: PutOptions, write: (em: EntityManager, stored: StoredFile) => Promise<T>): Promise<T> {
    if (!this.config.files.s3) {
      return this.dataSource.transaction(async (em) => write(em, await this.store.put(body, options, em)));
    }
    const stored = await this.store.put(body, options);
    try {
      return await this.dataSource.transaction((em) => write(em, stored));
    } catch (error) {
      await this.store.delete(stored.key).catch((e: unknown) => this.logger.error(`could not delete S3 object ${stored.key} again: ${String(e)}`));
      throw error;
    }
  }

  private async edition(
    em: EntityManager,
    stored: StoredFile,
    fileName: string,
    viewer: Viewer,
    owner: Pick<EditionToInsert, 'instrumentFileId' | 'proposalId' | 'title' | 'versionLabel' | 'changeNote'>,
  ): Promise<string> {
    return this.queries.insertEdition(em, {
      ...owner,
      storedFileKey: stored.key,
      fileName,
      contentType: stored.contentType,
      size: stored.size,
      sha256: stored.sha256,
      createdById: viewer.accountId,
    });
  }

  private renderPreviewLater(editionId: string, key: string): void {
    const job = this.renderPreview(editionId, key)
      .catch((error: unknown) => this.logger.warn(`no preview for edition ${editionId}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => this.previews.delete(job));
    this.previews.add(job);
  }

  /** A PNG of page 1, stored beside the PDF (same backend) and linked in one transaction. */
  private async renderPreview(editionId: string, key: string): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.store.get(key)) chunks.push(chunk as Buffer);
    const png = await renderPdfPreview(Buffer.concat(chunks));
    await this.withStoredFile(Readable.from([png]), { maxBytes: PREVIEW_MAX_BYTES, contentType: 'image/png' }, (em, stored) =>
      this.queries.setPreview(em, editionId, stored.key),
    );
  }
}
