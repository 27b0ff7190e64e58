import { fileTypeOf } from '#domain';
import type { FileEdition } from './file.model.js';
import type { EditionRow } from './files.queries.js';

/** The name of the preview in an edition's path: `/files/:id/preview.png`. Only PDFs have one, so no PNG's own name is shadowed. */
export const PREVIEW_NAME = 'preview.png';

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
    previewUrl: row.previewKey ? `/files/${row.id}/${PREVIEW_NAME}` : null,
    downloadCount: Math.min(row.downloadCount, 2 ** 31 - 1),
  };
}
