import { fileTypeOf } from '#domain';
import { UUID } from '../common/keyset.js';
import type { FileEdition } from './file.model.js';
import type { EditionRow } from './files.queries.js';

/** The name of the preview in an edition's path: `/files/:id/preview.png`. Only PDFs have one, so no PNG's own name is shadowed. */
export const PREVIEW_NAME = 'preview.png';

/** Ids in paths and inputs: what is not a uuid names no edition, file or proposal (and never reaches SQL). */
export function isUuid(value: string): boolean {
  return UUID.test(value.toLowerCase());
}

export function previewPath(id: string): string {
  return `/files/${id}/${PREVIEW_NAME}`;
}

export function downloadPath(id: string, fileName: string): string {
  return `/files/${id}/${encodeURIComponent(fileName)}`;
}

/** The database row as the API shows it: no storage keys, sha256 or owner ids leave through GraphQL. */
export function toFileEdition(row: EditionRow): FileEdition {
  return {
    id: row.id,
    instrumentFileId: row.instrumentFileId,
    proposalId: row.proposalId,
    versionLabel: row.versionLabel,
    changeNote: row.changeNote,
    title: row.title,
    fileName: row.fileName,
    contentType: row.contentType,
    typeLabel: fileTypeOf(row.contentType)?.label.nl ?? row.contentType,
    size: row.size,
    createdAt: row.createdAt,
    retired: row.retiredAt !== null,
    downloadUrl: downloadPath(row.id, row.fileName),
    previewUrl: row.previewKey ? previewPath(row.id) : null,
    downloadCount: Math.min(row.downloadCount, 2 ** 31 - 1),
  };
}
