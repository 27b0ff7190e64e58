import { FILE_EXTENSIONS, FILE_LIMITS } from '#domain';

/** The upload limits the API enforces (FILES_MAX_MB, PROPOSAL_FILES_MAX_MB, files per proposal). */
export interface FileLimits {
  maxFileBytes: number;
  maxProposalBytes: number;
  maxProposalFiles: number;
  /** True once the API said them (not the defaults). */
  known?: boolean;
}

const MIB = 1024 * 1024;

/** The API's defaults, until its configured limits (`fileLimits`) have come. */
export const DEFAULT_FILE_LIMITS: FileLimits = {
  maxFileBytes: FILE_LIMITS.maxMb * MIB,
  maxProposalBytes: FILE_LIMITS.proposalMaxMb * MIB,
  maxProposalFiles: FILE_LIMITS.proposalMaxFiles,
};

/** Text limits of an upload's fields, the API's own. */
export const FILE_FIELD_LIMITS = {
  versionLabel: FILE_LIMITS.versionLabel.max,
  changeNote: FILE_LIMITS.changeNote.max,
  title: FILE_LIMITS.title.max,
} as const;

/** The types the API takes, for the file picker (the API checks the content; this only narrows the choice). */
export const ACCEPTED_TYPES = FILE_EXTENSIONS.map((extension) => `.${extension}`).join(',');
