import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { hasRole } from '#domain';
import type { Viewer } from '../accounts/viewer.js';
import { previewPath, toFileEdition } from './file-edition.mapper.js';
import type { FileEdition, InstrumentFile } from './file.model.js';
import { FilesQueries } from './files.queries.js';

export interface FileLoaders {
  /** By instrument id: its files in position order, with the editions the viewer may see. */
  files: DataLoader<string, InstrumentFile[]>;
  /** By instrument id: the preview path for its card, or null. */
  previewUrl: DataLoader<string, string | null>;
  /** By proposal id: its attachments, in the order they were added. */
  attachments: DataLoader<string, FileEdition[]>;
}

/** The file loaders of one request (the request context's `files`): one statement per kind for a whole page, however many instruments. */
@Injectable()
export class FileLoaderFactory {
  constructor(private readonly queries: FilesQueries) {}

  /** `viewer` is the context's, read when needed (signIn and signOut may replace it). */
  create(viewer: () => Promise<Viewer | null>): FileLoaders {
    return {
      files: new DataLoader(async (ids) => {
        const [rows, account] = await Promise.all([this.queries.filesOf(ids), viewer()]);
        const curator = !!account && hasRole(account.role, 'CURATOR');
        const files: InstrumentFile[] = rows
          .map(({ editions, ...file }) => {
            const visible = editions.map(toFileEdition).filter((edition) => curator || !edition.retired);
            return { ...file, editions: visible, currentEdition: visible.find((edition) => !edition.retired) ?? null };
          })
          // A file whose every edition is retired is the curators' to see.
          .filter((file) => curator || file.editions.length > 0);
        return ids.map((id) => files.filter((file) => file.instrumentId === id));
      }),
      previewUrl: new DataLoader(async (ids) => {
        const rows = await this.queries.previewsOf(ids);
        const byInstrument = new Map(rows.map((row) => [row.instrumentId, previewPath(row.editionId)]));
        return ids.map((id) => byInstrument.get(id) ?? null);
      }),
      attachments: new DataLoader(async (ids) => {
        const rows = await this.queries.attachmentsOf(ids);
        return ids.map((id) => rows.filter((row) => row.proposalId === id).map(toFileEdition));
      }),
    };
  }
}
