import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createInstrument } from '../support/instrument-builder.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let curator: string;

beforeAll(async () => {
  app = await startTestApp();
  curator = await signedIn(app, 'CURATOR');
});
afterAll(() => app?.close());

/** A stored file's metadata row and an edition on it, written directly (the upload route has its own tests). */
async function storedEdition(
  owner: { instrumentFileId: string } | { proposalId: string },
  o: { fileName?: string; contentType?: string; versionLabel?: string; createdAt?: string; retired?: boolean; preview?: boolean } = {},
): Promise<string> {
  const key = randomUUID();
  const sha256 = createHash('sha256').update(key).digest('hex');
  const contentType = o.contentType ?? 'application/pdf';
  await app.dataSource.query(`INSERT INTO stored_files (key, storage, size, sha256, content_type) VALUES ($1, 'postgres', 1234, $2, $3)`, [
    key,
    sha256,
    contentType,
  ]);
  let previewKey: string | null = null;
  if (o.preview) {
    previewKey = randomUUID();
    await app.dataSource.query(`INSERT INTO stored_files (key, storage, size, sha256, content_type) VALUES ($1, 'postgres', 10, $2, 'image/png')`, [
      previewKey,
      createHash('sha256').update(previewKey).digest('hex'),
    ]);
  }
  const [{ id }] = await app.dataSource.query(
    `INSERT INTO file_editions (instrument_file_id, proposal_id, stored_file_key, preview_key, file_name, content_type, size, sha256, version_label,
                                change_note, created_at, retired_at)
     VALUES ($1, $2, $3, $4, $5, $6, 1234, $7, $8, 'na pilot in Zwolle', coalesce($9::timestamptz, now()), CASE WHEN $10 THEN now() END) RETURNING id`,
    [
      'instrumentFileId' in owner ? owner.instrumentFileId : null,
      'proposalId' in owner ? owner.proposalId : null,
      key,
      previewKey,
      o.fileName ?? 'canvas.pdf',
      contentType,
      sha256,
      o.versionLabel ?? 'v0.1',
      o.createdAt ?? null,
      o.retired ?? false,
    ],
  );
  return id;
}

async function instrumentFile(instrumentId: string, title: string, position: number): Promise<string> {
  const [{ id }] = await app.dataSource.query(`INSERT INTO instrument_files (instrument_id, title, position) VALUES ($1, $2, $3) RETURNING id`, [
    instrumentId,
    title,
    position,
  ]);
  return id;
}

const FILES = `query ($slug: String!) { instrument(slug: $slug) {
  previewUrl
  files { id title position currentEdition { id versionLabel } editions { id versionLabel changeNote fileName contentType typeLabel size retired downloadUrl previewUrl downloadCount } }
} }`;

interface FilesView {
  instrument: {
    previewUrl: string | null;
    files: {
      id: string;
      title: string;
      position: number;
      currentEdition: { id: string; versionLabel: string } | null;
      editions: { id: string; versionLabel: string; typeLabel: string; retired: boolean; downloadUrl: string; previewUrl: string | null }[];
    }[];
  };
}

describe('Instrument.files and previewUrl', () => {
  it('lists files in order with editions newest first; retired editions only for curators', async () => {
    const instrument = await createInstrument(app, curator);
    const canvas = await instrumentFile(instrument.id, 'Canvas (A3)', 0);
    const guide = await instrumentFile(instrument.id, 'Handleiding', 1);
    const v1 = await storedEdition({ instrumentFileId: canvas }, { versionLabel: 'v0.1', createdAt: '2026-01-01T00:00:00Z', preview: true });
    const v2 = await storedEdition({ instrumentFileId: canvas }, { versionLabel: 'v0.2', createdAt: '2026-02-01T00:00:00Z', preview: true });
    const v3 = await storedEdition({ instrumentFileId: canvas }, { versionLabel: 'v0.3', createdAt: '2026-03-01T00:00:00Z', retired: true });
    const doc = await storedEdition(
      { instrumentFileId: guide },
      { fileName: 'handleiding.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    );

    const visitor = dataOf(await app.gql<FilesView>(FILES, { slug: instrument.slug })).instrument;
    expect(visitor.files.map((f) => f.title)).toEqual(['Canvas (A3)', 'Handleiding']);
    expect(visitor.files[0].editions.map((e) => e.id)).toEqual([v2, v1]);
    expect(visitor.files[0].currentEdition).toEqual({ id: v2, versionLabel: 'v0.2' });
    expect(visitor.files[0].editions[0]).toMatchObject({
      typeLabel: 'PDF',
      retired: false,
      downloadUrl: `/files/${v2}/canvas.pdf`,
      previewUrl: `/files/${v2}/preview.png`,
    });
    expect(visitor.files[1].editions[0]).toMatchObject({ id: doc, typeLabel: 'Word', previewUrl: null });
    expect(visitor.previewUrl).toBe(`/files/${v2}/preview.png`);

    const curatorView = dataOf(await app.gql<FilesView>(FILES, { slug: instrument.slug }, curator)).instrument;
    expect(curatorView.files[0].editions.map((e) => [e.id, e.retired])).toEqual([
      [v3, true],
      [v2, false],
      [v1, false],
    ]);
    expect(curatorView.files[0].currentEdition?.id).toBe(v2);
  });

  it('hides a file whose every edition is retired from visitors, not from curators', async () => {
    const instrument = await createInstrument(app, curator);
    const file = await instrumentFile(instrument.id, 'Oud', 0);
    await storedEdition({ instrumentFileId: file }, { retired: true });
    expect(dataOf(await app.gql<FilesView>(FILES, { slug: instrument.slug })).instrument.files).toEqual([]);
    const seen = dataOf(await app.gql<FilesView>(FILES, { slug: instrument.slug }, curator)).instrument.files;
    expect(seen).toHaveLength(1);
    expect(seen[0].currentEdition).toBeNull();
  });

  it('answers a page of instruments with previews in one statement per field', async () => {
    const page = `{ instruments(first: 100) { edges { node { id previewUrl files { title editions { id } } } } } }`;
    await app.gql(page, {}, curator);
    app.statements.reset();
    await app.gql(page, {}, curator);
    const fileStatements = app.statements.statements.filter((sql) => /instrument_files/.test(sql));
    expect(fileStatements).toHaveLength(2);
  });
});

describe('fileLimits', () => {
  it('says the limits and the allowed extensions to everyone', async () => {
    const { fileLimits } = dataOf(
      await app.gql<{ fileLimits: { maxFileBytes: number; maxProposalBytes: number; maxProposalFiles: number; extensions: string[] } }>(
        '{ fileLimits { maxFileBytes maxProposalBytes maxProposalFiles extensions } }',
      ),
    );
    expect(fileLimits).toEqual({
      maxFileBytes: 25 * 1024 * 1024,
      maxProposalBytes: 60 * 1024 * 1024,
      maxProposalFiles: 10,
      extensions: ['pdf', 'docx', 'pptx', 'xlsx', 'odt', 'odp', 'ods', 'png', 'jpg', 'jpeg'],
    });
  });
});
