import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ServerProblem } from '../../../app/errors';
import { useSizeFormat } from './useSizeFormat';
import { uploadFile, type UploadOutcome, type UploadRequest } from '../upload';
import { DEFAULT_FILE_LIMITS, type FileLimits } from '../limits';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'sending'; fileName: string; percent: number }
  | { phase: 'done'; fileName: string }
  | { phase: 'failed'; fileName: string; message: string; problem: ServerProblem | null }
  | { phase: 'cancelled'; fileName: string };

/**
 * One upload at a time with its progress, a way to stop it, and the API's problem in words
 * (Dutch first). Stops the upload when the component goes away.
 */
export function useUpload(limits: FileLimits = DEFAULT_FILE_LIMITS) {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const describe = useProblemText(limits);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (request: Omit<UploadRequest, 'onProgress' | 'signal'>): Promise<UploadOutcome> => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const fileName = request.file.name;
      // Said at once rather than after sending megabytes the API will refuse.
      if (limits.known && request.file.size > limits.maxFileBytes) {
        const problem: ServerProblem = { code: 'FILE_TOO_LARGE', message: '', fields: ['file'], extensions: { maxBytes: limits.maxFileBytes } };
        setState({ phase: 'failed', fileName, message: describe(problem), problem });
        return { kind: 'failed', problem, status: 413 };
      }
      setState({ phase: 'sending', fileName, percent: 0 });
      const outcome = await uploadFile({
        ...request,
        signal: abort.signal,
        onProgress: (percent) => {
          const update = () => setState((now) => (now.phase === 'sending' && now.fileName === fileName ? { ...now, percent } : now));
          // The whole file is sent: shown at once, before the answer (which may follow in the same frame) replaces the bar.
          if (percent === 100) flushSync(update);
          else update();
        },
      });
      if (controller.current === abort) controller.current = null;
      if (outcome.kind === 'done') setState({ phase: 'done', fileName });
      else if (outcome.kind === 'cancelled') setState({ phase: 'cancelled', fileName });
      else setState({ phase: 'failed', fileName, message: describe(outcome.problem), problem: outcome.problem });
      return outcome;
    },
    [describe, limits],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, reset };
}

/** The Dutch (or English) sentence for an upload's problem; null is a network failure. */
export function useProblemText(limits: FileLimits): (problem: ServerProblem | null) => string {
  const { t } = useTranslation('files');
  const size = useSizeFormat();
  return useCallback(
    (problem) => {
      if (!problem) return t('errors.NETWORK');
      const said = problem.extensions as { maxBytes?: unknown; maxFiles?: unknown };
      switch (problem.code) {
        case 'FILE_TOO_LARGE': {
          const max = typeof said.maxBytes === 'number' ? said.maxBytes : limits.maxFileBytes;
          return t('errors.FILE_TOO_LARGE', { limit: size(max) });
        }
        case 'PROPOSAL_FILES_LIMIT': {
          const count = typeof said.maxFiles === 'number' ? said.maxFiles : limits.maxProposalFiles;
          const max = typeof said.maxBytes === 'number' ? said.maxBytes : limits.maxProposalBytes;
          return t('errors.PROPOSAL_FILES_LIMIT', { count, limit: size(max) });
        }
        case 'UNSUPPORTED_FILE_TYPE':
        case 'BAD_USER_INPUT':
        case 'FORBIDDEN':
        case 'NOT_FOUND':
        case 'RATE_LIMITED':
        case 'UPLOAD_STALLED':
        case 'UNAUTHENTICATED':
          return t(`errors.${problem.code}`);
        default:
          return t('errors.INTERNAL_SERVER_ERROR');
      }
    },
    [t, size, limits],
  );
}
