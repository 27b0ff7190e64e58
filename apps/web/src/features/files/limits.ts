/** The upload limits the API enforces (FILES_MAX_MB, PROPOSAL_FILES_MAX_MB, ten files a proposal). */
export interface FileLimits {
  maxFileBytes: number;
  maxProposalBytes: number;
  maxProposalFiles: number;
}

const MIB = 1024 * 1024;

/** The API's defaults, for as long as it does not say its configured limits. */
export const DEFAULT_FILE_LIMITS: FileLimits = { maxFileBytes: 25 * MIB, maxProposalBytes: 60 * MIB, maxProposalFiles: 10 };

/** Text limits of an upload's fields (files-common contract). */
export const FILE_FIELD_LIMITS = { versionLabel: 40, changeNote: 500, title: 120 } as const;
