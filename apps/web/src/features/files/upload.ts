import { httpProblem, type ServerProblem } from '../../app/errors';

/** An edition as the upload endpoints answer it (`{ "edition": FileEditionJson }`); the page refetches the rest. */
export interface UploadedEdition {
  id: string;
  fileName: string;
  [field: string]: unknown;
}

/** What came of one upload: the edition, the API's problem, a network failure (`problem` null), or cancelled. */
export type UploadOutcome =
  | { kind: 'done'; edition: UploadedEdition }
  | { kind: 'failed'; problem: ServerProblem | null; status: number }
  | { kind: 'cancelled' };

export interface UploadRequest {
  url: string;
  /** Text fields, sent before the file part: the API reads them first (files-common contract). */
  fields: Record<string, string | undefined>;
  file: File;
  /** Called with 0…100 while the body is sent. */
  onProgress: (percent: number) => void;
  signal: AbortSignal;
}

/**
 * Sends one file as multipart form data with XMLHttpRequest, whose `upload.onprogress` gives the
 * progress that fetch cannot. `X-Requested-With` is the API's CSRF guard, as for the import.
 */
export function uploadFile({ url, fields, file, onProgress, signal }: UploadRequest): Promise<UploadOutcome> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined && value !== '') form.append(name, value);
  form.append('file', file, file.name);

  return new Promise((resolve) => {
    if (signal.aborted) return resolve({ kind: 'cancelled' });
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(100, Math.floor((event.loaded / event.total) * 100)));
    };
    xhr.upload.onload = () => onProgress(100);
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      const edition = (body as { edition?: UploadedEdition } | null)?.edition;
      if (xhr.status >= 200 && xhr.status < 300 && edition) resolve({ kind: 'done', edition });
      else resolve({ kind: 'failed', problem: problemOf(xhr.status, body), status: xhr.status });
    };
    xhr.onerror = () => resolve({ kind: 'failed', problem: null, status: 0 });
    xhr.onabort = () => resolve({ kind: 'cancelled' });
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The API's error JSON; a proxy's bare 413 (body limit before the API) still reads as too large. */
function problemOf(status: number, body: unknown): ServerProblem {
  const problem = httpProblem(body);
  if (problem.code === 'INTERNAL_SERVER_ERROR' && !(body as { code?: unknown } | null)?.code) {
    if (status === 413) return { ...problem, code: 'FILE_TOO_LARGE' };
    if (status === 415) return { ...problem, code: 'UNSUPPORTED_FILE_TYPE' };
    if (status === 429) return { ...problem, code: 'RATE_LIMITED' };
    if (status === 403) return { ...problem, code: 'FORBIDDEN' };
    if (status === 404) return { ...problem, code: 'NOT_FOUND' };
  }
  // The limits, when the API says them (files-contract-changes.md), ride along for the message.
  const { maxBytes, maxFiles } = (body ?? {}) as Record<string, unknown>;
  return { ...problem, extensions: { maxBytes, maxFiles } };
}
