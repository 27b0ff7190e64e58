import { FILE_UPLOAD_ERRORS, type FileUploadErrorCode } from '#domain';

/** An upload or download refused with one of the file endpoints' own codes (FILE_UPLOAD_ERRORS). */
export class FileUploadError extends Error {
  constructor(
    readonly code: FileUploadErrorCode,
    message: string,
    readonly fields: string[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'FileUploadError';
  }

  get status(): number {
    return FILE_UPLOAD_ERRORS[this.code];
  }
}

const mb = (bytes: number) => `${+(bytes / 1024 / 1024).toFixed(1)} MB`.replace('.', ',');

export const uploadErrors = {
  tooLarge: (maxBytes: number) =>
    new FileUploadError('FILE_TOO_LARGE', `Het bestand is groter dan ${mb(maxBytes)}. (The file is larger than the limit.)`, ['file'], {
      maxBytes,
    }),
  unsupportedType: (extensions: readonly string[]) =>
    new FileUploadError(
      'UNSUPPORTED_FILE_TYPE',
      `Dit soort bestand kan niet worden opgeslagen; wel: ${extensions.join(', ')}. (Unsupported file type.)`,
      ['file'],
      { allowed: extensions },
    ),
  proposalLimit: (maxFiles: number, maxBytes: number) =>
    new FileUploadError(
      'PROPOSAL_FILES_LIMIT',
      `Een voorstel heeft hoogstens ${maxFiles} bestanden van samen ${mb(maxBytes)}. (Too many or too large attachments for one proposal.)`,
      ['file'],
      { maxFiles, maxBytes },
    ),
  stalled: (idleMs: number) =>
    new FileUploadError(
      'UPLOAD_STALLED',
      `Er kwam ${idleMs / 1000} seconden niets binnen; het versturen is gestopt en er is niets opgeslagen. (The upload stalled.)`,
      ['file'],
      { idleSeconds: idleMs / 1000 },
    ),
  noFile: () => new FileUploadError('BAD_USER_INPUT', 'Kies een bestand. (Send the file as the multipart part "file", after the text fields.)', ['file']),
};
