import { stringify } from 'csv-stringify/sync';
import type { ImportReport } from '../../apps/api/src/exchange/import-report.js';
import type { TestApp } from './test-app.js';

/** The app's address without /graphql. */
export const baseUrl = (app: TestApp) => app.url.replace(/\/graphql$/, '');

export interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
  text: string;
}

/** GET /export/instruments.<format>?<query>, as a visitor or with a session cookie. */
export async function download(app: TestApp, format: 'csv' | 'json', query = '', cookie?: string): Promise<Download> {
  const response = await fetch(`${baseUrl(app)}/export/instruments.${format}${query ? `?${query}` : ''}`, {
    headers: cookie ? { cookie } : {},
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: bytes.toString('utf8') };
}

export interface Upload {
  status: number;
  report: ImportReport;
  body: unknown;
}

/**
 * POST /api/import/instruments: as text/csv by default, or as multipart/form-data with
 * `multipart` (then with X-Requested-With unless `csrfHeader` is false).
 */
export async function upload(
  app: TestApp,
  file: string | Buffer,
  options: { cookie?: string; query?: string; multipart?: boolean; csrfHeader?: boolean; contentType?: string } = {},
): Promise<Upload> {
  const headers: Record<string, string> = options.cookie ? { cookie: options.cookie } : {};
  let body: BodyInit;
  if (options.multipart) {
    const form = new FormData();
    form.append('file', new Blob([typeof file === 'string' ? file : new Uint8Array(file)]), 'instrumenten.csv');
    body = form;
    if (options.csrfHeader !== false) headers['x-requested-with'] = 'test';
  } else {
    headers['content-type'] = options.contentType ?? 'text/csv';
    body = typeof file === 'string' ? file : new Uint8Array(file);
  }
  const response = await fetch(`${baseUrl(app)}/api/import/instruments${options.query ? `?${options.query}` : ''}`, {
    method: 'POST',
    headers,
    body,
  });
  const parsed: unknown = await response.json();
  return { status: response.status, report: parsed as ImportReport, body: parsed };
}

export const HEADERS = [
  'slug', 'titel', 'samenvatting', 'beschrijving', 'fase', 'status', 'onderbouwing', 'onderbouwing_toelichting', 'soort', 'doelgroep',
  'sector', 'thema', 'herkomst', 'organisatie', 'contactpersoon', 'e-mail', 'links', 'taal', 'licentie',
  'tijdsinvestering', 'afgeleid_van', 'vervangen_door', 'aangemaakt', 'bestanden',
];

/** A valid import row for a new instrument; override cells by header. */
export function row(slug: string, cells: Record<string, string> = {}): Record<string, string> {
  return {
    slug,
    titel: `Geïmporteerd instrument ${slug}`,
    samenvatting: 'Een instrument dat via een import binnenkomt.',
    beschrijving: '## Doel\n\nTesten van de import, met "aanhalingstekens", puntkomma; en komma, erin.',
    fase: 'DEVELOP|EVALUATE',
    status: 'AVAILABLE',
    onderbouwing: 'DESCRIBED',
    soort: 'CANVAS',
    doelgroep: 'TEACHERS|STUDENTS',
    sector: 'MBO',
    thema: '',
    herkomst: 'EXISTING',
    organisatie: 'Hogeschool Voorbeeld (fictief)',
    contactpersoon: 'A. Tester',
    'e-mail': 'a.tester@example.org',
    links: 'Handleiding <https://example.org/handleiding>|Site <https://example.org/>',
    taal: 'nl',
    licentie: 'CC BY 4.0',
    tijdsinvestering: '1 uur',
    aangemaakt: '',
    ...cells,
  };
}

/** A CSV file from rows keyed by header (missing cells empty); `headers` chooses and orders the columns. */
export function csvFile(
  rows: Record<string, string>[],
  options: { headers?: string[]; separator?: ',' | ';'; bom?: boolean } = {},
): string {
  const headers = options.headers ?? HEADERS;
  return stringify([headers, ...rows.map((r) => headers.map((h) => r[h] ?? ''))], {
    delimiter: options.separator ?? ',',
    bom: options.bom ?? false,
    record_delimiter: 'windows',
  });
}

/** Row counts of the tables an import writes; equal before and after means nothing was written. */
export async function tableCounts(app: TestApp): Promise<Record<string, number>> {
  const [counts] = await app.dataSource.query(
    `SELECT (SELECT count(*) FROM instruments)::int AS instruments,
            (SELECT count(*) FROM instrument_revisions)::int AS revisions,
            (SELECT count(*) FROM instrument_status_changes)::int AS "statusChanges",
            (SELECT count(*) FROM instrument_links)::int AS links,
            (SELECT count(*) FROM instrument_tags)::int AS "instrumentTags",
            (SELECT count(*) FROM tags)::int AS tags,
            (SELECT sum(version) FROM instruments)::int AS versions`,
  );
  return counts;
}
