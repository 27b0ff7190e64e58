import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { hasRole, OPEN_PROPOSAL_STATUSES, type ProposalStatus } from '#domain';
import type { Viewer } from '../accounts/viewer.js';
import { DomainError } from '../common/domain-error.js';
import { isUuid, toFileEdition } from './file-edition.mapper.js';
import type { FileEdition, InstrumentFile } from './file.model.js';
import type { MoveInstrumentFileInput, RenameInstrumentFileInput } from './file.inputs.js';
import { FilesQueries, type DownloadableRow, type InstrumentFileRow } from './files.queries.js';
import { S3ObjectRemoval } from './storage/s3-object-removal.js';

const noEdition = () => new DomainError('NOT_FOUND', 'There is no file edition with this id.', ['id']);
const noFile = () => new DomainError('NOT_FOUND', 'There is no instrument file with this id.', ['id']);

/** Who may download an edition: everyone a current one; curators a retired one; an attachment its proposal's author and curators. */
export function mayDownload(row: DownloadableRow, viewer: Viewer | null): boolean {
  const curator = !!viewer && hasRole(viewer.role, 'CURATOR');
  if (row.proposalId) return curator || (!!viewer && viewer.accountId === row.proposerId);
  return curator || row.retiredAt === null;
}

/** Whether the viewer may add to or remove from this proposal's attachments now. */
export function mayChangeAttachments(proposal: { proposerId: string; status: string }, viewer: Viewer): boolean {
  if (hasRole(viewer.role, 'CURATOR')) return true;
  return proposal.proposerId === viewer.accountId && OPEN_PROPOSAL_STATUSES.includes(proposal.status as ProposalStatus);
}

/** The curators' changes to files and editions, and removing a proposal's attachment. */
@Injectable()
export class FilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: FilesQueries,
    private readonly s3Objects: S3ObjectRemoval,
  ) {}

  retire(id: string): Promise<FileEdition> {
    return this.setRetired(id, true);
  }

  restore(id: string): Promise<FileEdition> {
    return this.setRetired(id, false);
  }

  async rename(input: RenameInstrumentFileInput): Promise<InstrumentFile> {
    return this.dataSource.transaction(async (em) => {
      const file = await this.queries.lockInstrumentFile(em, input.id);
      if (!file) throw noFile();
      await this.queries.renameInstrumentFile(em, file.id, input.title);
      return this.instrumentFile(em, file.id);
    });
  }

  /** Moves a file to a new place; the others keep their order around it. */
  async move(input: MoveInstrumentFileInput): Promise<InstrumentFile> {
    return this.dataSource.transaction(async (em) => {
      const file = await this.queries.instrumentFile(em, input.id);
      if (!file) throw noFile();
      await this.queries.lockInstrumentForFiles(em, file.instrumentId);
      const files = await this.queries.lockFilesOf(em, file.instrumentId);
      const order = files.map((f) => f.id).filter((id) => id !== file.id);
      order.splice(Math.min(input.position, order.length), 0, file.id);
      await this.queries.setPositions(em, order);
      return this.instrumentFile(em, file.id);
    });
  }

  /** Removes an attachment and its stored bytes: the proposal's author while it is open, or a curator. */
  async removeAttachment(id: string, viewer: Viewer): Promise<FileEdition> {
    if (!isUuid(id)) throw noEdition();
    const edition = await this.dataSource.transaction(async (em) => {
      const edition = await this.queries.edition(em, id);
      if (!edition?.proposalId) throw noEdition();
      const proposal = await this.queries.proposalState(em, edition.proposalId, true);
      const curator = hasRole(viewer.role, 'CURATOR');
      // Someone else's attachment does not exist for this viewer.
      if (!proposal || (!curator && proposal.proposerId !== viewer.accountId)) throw noEdition();
      if (!mayChangeAttachments(proposal, viewer)) {
        throw new DomainError('FORBIDDEN', 'Attachments can be removed only while the proposal is open.', ['id']);
      }
      // The rows of the stored bytes (and PostgreSQL's chunks) go with the edition (trigger).
      await this.queries.deleteEdition(em, edition.id);
      return edition;
    });
    // S3 is not in the transaction: its objects go once the rows are gone for good.
    await this.s3Objects.afterCommit([edition.storedFileKey, edition.previewKey].filter((key): key is string => key !== null));
    return toFileEdition(edition);
  }

  private async setRetired(id: string, retired: boolean): Promise<FileEdition> {
    if (!isUuid(id)) throw noEdition();
    return this.dataSource.transaction(async (em) => {
      if (!(await this.queries.setRetired(em, id, retired))) throw noEdition();
      return toFileEdition((await this.queries.edition(em, id))!);
    });
  }

  /** A file with every edition (the mutations are the curators'), newest first. */
  private async instrumentFile(em: EntityManager, id: string): Promise<InstrumentFile> {
    const file: InstrumentFileRow = (await this.queries.instrumentFile(em, id))!;
    const [withEditions] = (await this.queries.filesOf([file.instrumentId], em)).filter((f) => f.id === id);
    const editions = withEditions.editions.map(toFileEdition);
    return { ...file, editions, currentEdition: editions.find((e) => !e.retired) ?? null };
  }
}
