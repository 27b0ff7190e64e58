import type { Labels } from './vocabulary.js';

/** A type an instrument's file may have, recognised from its content (never from its name). */
export interface FileTypeInfo {
  /** The type as stored and served. */
  contentType: string;
  /** The extension a file name of this type ends in (without the dot). */
  extension: string;
  /** Other extensions that mean the same type ("jpeg" for "jpg"). */
  alsoExtensions?: readonly string[];
  /** Short label for a download button: "Downloaden (PDF, 1,2 MB)". */
  label: Labels;
}

/** The allowed types (issue #22): PDF, Office, OpenDocument, PNG and JPEG. Nothing a browser would run. */
export const FILE_TYPES: readonly FileTypeInfo[] = [
  { contentType: 'application/pdf', extension: 'pdf', label: { nl: 'PDF', en: 'PDF' } },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    label: { nl: 'Word', en: 'Word' },
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extension: 'pptx',
    label: { nl: 'PowerPoint', en: 'PowerPoint' },
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    label: { nl: 'Excel', en: 'Excel' },
  },
  { contentType: 'application/vnd.oasis.opendocument.text', extension: 'odt', label: { nl: 'OpenDocument-tekst', en: 'OpenDocument text' } },
  {
    contentType: 'application/vnd.oasis.opendocument.presentation',
    extension: 'odp',
    label: { nl: 'OpenDocument-presentatie', en: 'OpenDocument presentation' },
  },
  {
    contentType: 'application/vnd.oasis.opendocument.spreadsheet',
    extension: 'ods',
    label: { nl: 'OpenDocument-rekenblad', en: 'OpenDocument spreadsheet' },
  },
  { contentType: 'image/png', extension: 'png', label: { nl: 'PNG', en: 'PNG' } },
  { contentType: 'image/jpeg', extension: 'jpg', alsoExtensions: ['jpeg'], label: { nl: 'JPEG', en: 'JPEG' } },
];

export function fileTypeOf(contentType: string): FileTypeInfo | undefined {
  return FILE_TYPES.find((type) => type.contentType === contentType);
}

/** The extensions people may upload, for a file picker's `accept` and the error text. */
export const FILE_EXTENSIONS: readonly string[] = FILE_TYPES.flatMap((type) => [type.extension, ...(type.alsoExtensions ?? [])]);

export const FILE_LIMITS = {
  /** Default per file; FILES_MAX_MB changes it. */
  maxMb: 25,
  /** Default for all attachments of one proposal together; PROPOSAL_FILES_MAX_MB changes it. */
  proposalMaxMb: 60,
  proposalMaxFiles: 10,
  title: { min: 1, max: 120 },
  fileName: { max: 120 },
  versionLabel: { min: 1, max: 40 },
  changeNote: { max: 500 },
  /** Files per instrument. */
  position: { min: 0, max: 999 },
} as const;

/** The codes of the upload endpoints' error answers (HTTP status beside each). */
export const FILE_UPLOAD_ERRORS = {
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
  BAD_USER_INPUT: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PROPOSAL_FILES_LIMIT: 422,
  RATE_LIMITED: 429,
  /** The client sent nothing for FILES_UPLOAD_IDLE_SECONDS. */
  UPLOAD_STALLED: 408,
} as const;
export type FileUploadErrorCode = keyof typeof FILE_UPLOAD_ERRORS;
