import { DEFAULT_FILE_LIMITS, type FileLimits } from '../limits';

/** The API's upload limits. */
export function useFileLimits(): FileLimits {
  return DEFAULT_FILE_LIMITS;
}
