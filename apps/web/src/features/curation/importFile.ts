import type { ImportReport } from '#domain';
import { httpProblem, type ServerProblem } from '../../app/errors';

export type ImportSeparator = '' | 'komma' | 'puntkomma';

/** What a file holds: each has its own endpoint, POST /api/import/<kind>. */
export const IMPORT_KINDS = ['instruments', 'practice-reports', 'pilots'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportOptions {
  dryRun: boolean;
  /** Instruments only. */
  createMissing: boolean;
  /** Instruments only; empty: the API reads it from the header line. */
  separator: ImportSeparator;
}

/** The report (valid file: 200, invalid: 422, nothing written), or the error; `problem` null for a network failure. */
export type ImportOutcome = { report: ImportReport } | { problem: ServerProblem | null };

/** Uploads a file to POST /api/import/<kind> as multipart form data. */
export async function importFile(kind: ImportKind, file: File, options: ImportOptions): Promise<ImportOutcome> {
  const query = new URLSearchParams({ dryRun: String(options.dryRun) });
  if (kind === 'instruments') {
    query.set('createMissing', String(options.createMissing));
    if (options.separator) query.set('scheiding', options.separator);
  }
  const form = new FormData();
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch(`/api/import/${kind}?${query}`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      // The API's CSRF guard: a cross-site form cannot set this header.
      headers: { 'X-Requested-With': 'fetch' },
    });
  } catch {
    return { problem: null };
  }
  const body: unknown = await response.json().catch(() => null);
  const isReport = typeof (body as ImportReport | null)?.ok === 'boolean';
  if ((response.ok || response.status === 422) && isReport) return { report: body as ImportReport };
  return { problem: httpProblem(body) };
}
