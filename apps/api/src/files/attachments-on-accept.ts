import { Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FilesQueries } from './files.queries.js';

/** What accepting a proposal does with its attachments, in the accept's own transaction. */
@Injectable()
export class AttachmentsOnAccept {
  constructor(private readonly queries: FilesQueries) {}

  /** Each attachment becomes the first edition of a new file of the instrument (title: its own, else the file name). */
  moveToInstrument(em: EntityManager, proposalId: string, instrumentId: string): Promise<number> {
    return this.queries.moveAttachments(em, proposalId, instrumentId);
  }
}

/** Imported by the proposals module; depends on nothing of it, so there is no cycle. */
@Module({ providers: [FilesQueries, AttachmentsOnAccept], exports: [AttachmentsOnAccept] })
export class AttachmentsOnAcceptModule {}
