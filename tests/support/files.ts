import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { TestApp } from './test-app.js';

/** An edition as the upload routes answer it (the GraphQL FileEdition's fields). */
export interface EditionJson {
  id: string;
  fileName: string;
  contentType: string;
  typeLabel: string;
  size: number;
  versionLabel: string;
  changeNote: string | null;
  downloadUrl: string;
  previewUrl: string | null;
  downloadCount: number;
  retired: boolean;
}

export interface UploadAnswer {
  status: number;
  body: { edition?: EditionJson; code?: string; message?: string; fields?: string[]; maxBytes?: number; retryAfter?: number };
  headers: Headers;
}

export interface UploadFile {
  name: string;
  bytes: Uint8Array;
}

export const baseOf = (app: TestApp) => app.url.replace(/\/graphql$/, '');

/** A PDF by its signature, then random bytes: enough for the type check (its preview then fails, which only logs). */
export const pdfLike = (size: number) => Buffer.concat([Buffer.from('%PDF-1.4\n%âãÏÓ\n'), randomBytes(Math.max(0, size - 16))]).subarray(0, size);

/** A multipart upload as the web app sends it: text fields first, then the part `file`, with the CSRF header. */
export async function postUpload(
  app: TestApp,
  route: string,
  fields: Record<string, string>,
  file: UploadFile | null,
  cookie?: string,
  csrf = true,
): Promise<UploadAnswer> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append('file', new Blob([Buffer.from(file.bytes)]), file.name);
  const response = await fetch(`${baseOf(app)}${route}`, {
    method: 'POST',
    headers: { ...(cookie ? { cookie } : {}), ...(csrf ? { 'x-requested-with': 'fetch' } : {}) },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'], headers: response.headers };
}

/** POST /api/files/instruments/:slug/editions. */
export const uploadEdition = (app: TestApp, slug: string, fields: Record<string, string>, file: UploadFile | null, cookie?: string, csrf = true) =>
  postUpload(app, `/api/files/instruments/${slug}/editions`, fields, file, cookie, csrf);

/** POST /api/files/proposals/:proposalId/attachments. */
export const attachToProposal = (app: TestApp, proposalId: string, fields: Record<string, string>, file: UploadFile, cookie?: string) =>
  postUpload(app, `/api/files/proposals/${proposalId}/attachments`, fields, file, cookie);

/** A new file with one edition on the instrument; its edition and instrument file ids. */
export async function someEdition(app: TestApp, curator: string, slug: string): Promise<{ editionId: string; fileId: string; downloadUrl: string }> {
  const { body } = await uploadEdition(app, slug, { title: `Bestand ${randomBytes(3).toString('hex')}`, versionLabel: 'v1' }, { name: 'bestand.pdf', bytes: pdfLike(200) }, curator);
  const [{ fileId }] = await app.dataSource.query(`SELECT instrument_file_id AS "fileId" FROM file_editions WHERE id = $1`, [body.edition!.id]);
  return { editionId: body.edition!.id, fileId, downloadUrl: body.edition!.downloadUrl };
}

/** An upload sent piece by piece, as a slow or stalling client sends it. */
export interface UploadInFlight {
  send(bytes: Uint8Array): Promise<void>;
  /** Ends the file part and the body; the answer follows. */
  end(): void;
  /** Drops the connection, as a closed browser tab does. */
  abort(): void;
  answer: Promise<{ status: number; body: UploadAnswer['body'] }>;
}

/** Starts a multipart upload (fields first, then the part `file` named `fileName`) without a length. */
export function startUpload(app: TestApp, route: string, fields: Record<string, string>, fileName: string, cookie: string): UploadInFlight {
  const boundary = `----nlc${randomBytes(8).toString('hex')}`;
  const request = http.request(`${baseOf(app)}${route}`, {
    method: 'POST',
    headers: { cookie, 'x-requested-with': 'fetch', 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  const answer = new Promise<{ status: number; body: UploadAnswer['body'] }>((resolve, reject) => {
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
  // An aborted upload's answer is a socket error, which the test does not wait for.
  answer.catch(() => undefined);
  const head =
    Object.entries(fields)
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join('') + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  request.write(head);
  return {
    send: (bytes) => new Promise((resolve, reject) => request.write(bytes, (error) => (error ? reject(error) : resolve()))),
    end: () => request.end(`\r\n--${boundary}--\r\n`),
    abort: () => request.destroy(),
    answer,
  };
}

/** The states of the app's other database connections (pg_stat_activity), e.g. 'idle in transaction'. */
export async function connectionStates(app: TestApp): Promise<string[]> {
  const rows: { state: string }[] = await app.dataSource.query(
    `SELECT state FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IS NOT NULL`,
  );
  return rows.map((row) => row.state);
}
