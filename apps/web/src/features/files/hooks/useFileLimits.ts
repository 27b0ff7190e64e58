import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { FileLimitsQuery } from '../graphql/files.documents';
import { DEFAULT_FILE_LIMITS, type FileLimits } from '../limits';

/** The API's configured upload limits; its defaults until they have been asked (once a visit: the cache keeps them). */
export function useFileLimits(): FileLimits {
  const { data } = useQuery(FileLimitsQuery);
  const limits = data?.fileLimits;
  return useMemo(() => (limits ? { ...limits, known: true } : DEFAULT_FILE_LIMITS), [limits]);
}
