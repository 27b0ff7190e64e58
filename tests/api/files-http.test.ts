import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AccountsQueries } from '../../apps/api/src/accounts/accounts.queries.js';
import { attachToProposal, baseOf, connectionStates, pdfLike, startUpload, uploadEdition, type UploadAnswer } from '../support/files.js';
import { createInstrument } from '../support/instrument-builder.js';
import { manyMembers, type Member } from '../support/members.js';
import { act, submitProposal } from '../support/proposal-builder.js';
import { startS3Server, type TestS3Server } from '../support/s3-server.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

const MiB = 1024 * 1024;

/** Polls `check` until it holds (or fails the test after `ms`). */
async function waitFor(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('waited in vain');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A valid 1 × 1 PNG. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.from([0, 0, 0, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const PNG = tinyPng();

async function download(app: TestApp, url: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await fetch(`${baseOf(app)}${url}`, { method, headers });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** Rows of the tables an upload writes; equal before and after means nothing was left behind. */
async function fileRows(app: TestApp): Promise<Record<string, number>> {
  const [counts] = await app.dataSource.query(
    `SELECT (SELECT count(*) FROM stored_files)::int AS stored, (SELECT count(*) FROM stored_file_chunks)::int AS chunks,
            (SELECT count(*) FROM file_editions)::int AS editions, (SELECT count(*) FROM instrument_files)::int AS files`,
  );
  return counts;
}

const downloadCount = async (app: TestApp, id: string) =>
  Number((await app.dataSource.query(`SELECT download_count FROM file_editions WHERE id = $1`, [id]))[0].download_count);

const FILES = `query ($slug: String!) { instrument(slug: $slug) { previewUrl files { id title currentEdition { id versionLabel } editions { id versionLabel changeNote retired } } } }`;
type FilesView = {
  instrument: {
    previewUrl: string | null;
    files: { id: string; title: string; currentEdition: { id: string; versionLabel: string } | null; editions: { id: string; versionLabel: string; changeNote: string | null; retired: boolean }[] }[];
  };
};

describe('files over HTTP, PostgreSQL storage', () => {
  let app: TestApp;
  let curator: string;
  let slug: string;

  beforeAll(async () => {
    app = await startTestApp();
    curator = await signedIn(app, 'CURATOR');
    slug = (await createInstrument(app, curator)).slug;
  });
  afterAll(() => app?.close());

  it('stores an upload and gives back the same bytes, with safe headers', async () => {
    const bytes = pdfLike(700_000);
    const { status, body } = await uploadEdition(app, slug, { title: 'Canvas (A3)', versionLabel: 'v0.1', changeNote: 'eerste opzet' }, { name: 'canvas.pdf', bytes }, curator);
    expect(status).toBe(201);
    expect(body.edition).toMatchObject({ fileName: 'canvas.pdf', contentType: 'application/pdf', typeLabel: 'PDF', size: bytes.length, versionLabel: 'v0.1', changeNote: 'eerste opzet', retired: false });
    const file = await download(app, body.edition!.downloadUrl);
    expect(file.status).toBe(200);
    expect(file.bytes.equals(bytes)).toBe(true);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="?canvas\.pdf"?$/);
    expect(file.headers.get('etag')).toBe(`"${sha256(bytes)}"`);
    expect(file.headers.get('cache-control')).toBe('public, max-age=300');
    expect(file.headers.get('accept-ranges')).toBe('bytes');
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('makes a second upload for the same file its new current edition; the older stays listed', async () => {
    const first = (await uploadEdition(app, slug, { title: 'Werkvorm', versionLabel: 'v0.2' }, { name: 'werkvorm.pdf', bytes: pdfLike(1000) }, curator)).body.edition!;
    const files = dataOf(await app.gql<FilesView>(FILES, { slug })).instrument.files;
    const fileId = files.find((f) => f.title === 'Werkvorm')!.id;
    const second = await uploadEdition(app, slug, { fileId, versionLabel: 'v0.3', changeNote: 'na pilot in Zwolle' }, { name: 'werkvorm.pdf', bytes: pdfLike(2000) }, curator);
    expect(second.status).toBe(201);
    const file = dataOf(await app.gql<FilesView>(FILES, { slug })).instrument.files.find((f) => f.id === fileId)!;
    expect(file.currentEdition).toEqual({ id: second.body.edition!.id, versionLabel: 'v0.3' });
    expect(file.editions.map((e) => [e.versionLabel, e.changeNote])).toEqual([
      ['v0.3', 'na pilot in Zwolle'],
      ['v0.2', null],
    ]);
    expect(file.editions[1].id).toBe(first.id);
  });

  it('refuses 25 MB + 1 byte with FILE_TOO_LARGE and leaves nothing behind', async () => {
    const before = await fileRows(app);
    const { status, body } = await uploadEdition(app, slug, { title: 'Te groot', versionLabel: 'v1' }, { name: 'groot.pdf', bytes: pdfLike(25 * 1024 * 1024 + 1) }, curator);
    expect(status).toBe(413);
    expect(body).toMatchObject({ code: 'FILE_TOO_LARGE', fields: ['file'], maxBytes: 25 * 1024 * 1024 });
    expect(await fileRows(app)).toEqual(before);
  });

  it('takes exactly 25 MB', async () => {
    const bytes = pdfLike(25 * 1024 * 1024);
    const { status, body } = await uploadEdition(app, slug, { title: 'Precies groot genoeg', versionLabel: 'v1' }, { name: 'precies.pdf', bytes }, curator);
    expect(status).toBe(201);
    expect((await download(app, body.edition!.downloadUrl)).headers.get('etag')).toBe(`"${sha256(bytes)}"`);
  });

  it('refuses a .pdf that is really HTML with UNSUPPORTED_FILE_TYPE, and SVG too', async () => {
    const before = await fileRows(app);
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
    const answer = await uploadEdition(app, slug, { title: 'Nep', versionLabel: 'v1' }, { name: 'canvas.pdf', bytes: html }, curator);
    expect(answer.status).toBe(415);
    expect(answer.body.code).toBe('UNSUPPORTED_FILE_TYPE');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await uploadEdition(app, slug, { title: 'Nep', versionLabel: 'v1' }, { name: 'plaatje.png', bytes: svg }, curator)).body.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(await fileRows(app)).toEqual(before);
  });

  it('sanitises names and gives them the extension of the content', async () => {
    const cases: [string, string][] = [
      ['../../Canvas <v1>.docx', 'Canvas v1.pdf'],
      ['Zelfscan één – overzicht.pdf', 'Zelfscan één – overzicht.pdf'],
      ['rapport.v2', 'rapport.v2.pdf'],
      ['.pdf', 'bestand.pdf'],
      ['', 'bestand.pdf'],
      [`${'lang'.repeat(60)}.pdf`, `${'lang'.repeat(60).slice(0, 116)}.pdf`],
      ['factuur\u202Efdp.exe.pdf', 'factuurfdp.exe.pdf'],
    ];
    for (const [name, expected] of cases) {
      const { body } = await uploadEdition(app, slug, { title: 'Naam', versionLabel: 'v1' }, { name, bytes: pdfLike(100) }, curator);
      expect(body.edition?.fileName).toBe(expected);
    }
    const png = await uploadEdition(app, slug, { title: 'Plaatje', versionLabel: 'v1' }, { name: 'foto.JPG', bytes: PNG }, curator);
    expect(png.body.edition).toMatchObject({ fileName: 'foto.png', contentType: 'image/png', typeLabel: 'PNG' });
    const unicode = await uploadEdition(app, slug, { title: 'Naam', versionLabel: 'v1' }, { name: 'Zelfscan één.pdf', bytes: pdfLike(100) }, curator);
    const headers = (await download(app, unicode.body.edition!.downloadUrl)).headers;
    expect(headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+"; filename\*=UTF-8''Zelfscan%20%C3%A9%C3%A9n\.pdf$/);
  });

  it('checks the text fields: versionLabel, one of fileId and title, lengths', async () => {
    const file = { name: 'a.pdf', bytes: pdfLike(100) };
    const cases: [Record<string, string>, string[]][] = [
      [{ title: 'Zonder versie' }, ['versionLabel']],
      [{ title: 'Te lange versie', versionLabel: 'v'.repeat(41) }, ['versionLabel']],
      [{ versionLabel: 'v1' }, ['fileId', 'title']],
      [{ title: 'x', fileId: '00000000-0000-4000-8000-000000000000', versionLabel: 'v1' }, ['fileId', 'title']],
      [{ title: 'Notitie', versionLabel: 'v1', changeNote: 'x'.repeat(501) }, ['changeNote']],
    ];
    for (const [fields, expected] of cases) {
      const { status, body } = await uploadEdition(app, slug, fields, file, curator);
      expect([status, body.code, body.fields]).toEqual([400, 'BAD_USER_INPUT', expected]);
    }
    const unknownFile = await uploadEdition(app, slug, { fileId: '00000000-0000-4000-8000-000000000000', versionLabel: 'v1' }, file, curator);
    expect([unknownFile.status, unknownFile.body.code]).toEqual([404, 'NOT_FOUND']);
    const unknownInstrument = await uploadEdition(app, 'bestaat-niet', { title: 'x', versionLabel: 'v1' }, file, curator);
    expect([unknownInstrument.status, unknownInstrument.body.code]).toEqual([404, 'NOT_FOUND']);
    const noFile = await uploadEdition(app, slug, { title: 'x', versionLabel: 'v1' }, null, curator);
    expect([noFile.status, noFile.body.code, noFile.body.fields]).toEqual([400, 'BAD_USER_INPUT', ['file']]);
  });

  it('lets only curators upload to an instrument, with the CSRF header', async () => {
    const [member] = await manyMembers(app, 1);
    const file = { name: 'a.pdf', bytes: pdfLike(100) };
    const fields = { title: 'x', versionLabel: 'v1' };
    expect((await uploadEdition(app, slug, fields, file)).status).toBe(401);
    const asMember = await uploadEdition(app, slug, fields, file, member.cookie);
    expect([asMember.status, asMember.body.code]).toEqual([403, 'FORBIDDEN']);
    const noHeader = await uploadEdition(app, slug, fields, file, curator, false);
    expect([noHeader.status, noHeader.body.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('answers Range with 206, an unsatisfiable one with 416, If-None-Match with 304', async () => {
    const bytes = pdfLike(300_000);
    const { downloadUrl } = (await uploadEdition(app, slug, { title: 'Bereik', versionLabel: 'v1' }, { name: 'bereik.pdf', bytes }, curator)).body.edition!;
    const first = await download(app, downloadUrl, { range: 'bytes=0-9' });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-9/${bytes.length}`);
    expect(first.bytes.equals(bytes.subarray(0, 10))).toBe(true);
    const across = await download(app, downloadUrl, { range: 'bytes=262140-262150' });
    expect(across.bytes.equals(bytes.subarray(262140, 262151))).toBe(true);
    const suffix = await download(app, downloadUrl, { range: 'bytes=-5' });
    expect(suffix.headers.get('content-range')).toBe(`bytes ${bytes.length - 5}-${bytes.length - 1}/${bytes.length}`);
    expect(suffix.bytes.equals(bytes.subarray(-5))).toBe(true);
    const beyond = await download(app, downloadUrl, { range: `bytes=${bytes.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
    const etag = `"${sha256(bytes)}"`;
    const unchanged = await download(app, downloadUrl, { 'if-none-match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.bytes.length).toBe(0);
    expect((await download(app, downloadUrl, { 'if-none-match': '"other"' })).status).toBe(200);
    // A range for another version of the file: the whole file.
    const stale = await download(app, downloadUrl, { range: 'bytes=0-9', 'if-range': '"other"' });
    expect([stale.status, stale.bytes.length]).toEqual([200, bytes.length]);
    const head = await download(app, downloadUrl, {}, 'HEAD');
    expect([head.status, head.headers.get('content-length')]).toEqual([200, String(bytes.length)]);
  });

  it('counts a full download and a range from byte 0 once; other ranges, 304 and HEAD not', async () => {
    const { id, downloadUrl } = (await uploadEdition(app, slug, { title: 'Teller', versionLabel: 'v1' }, { name: 'teller.pdf', bytes: pdfLike(5000) }, curator)).body.edition!;
    await download(app, downloadUrl);
    await download(app, downloadUrl, { range: 'bytes=0-99' });
    await download(app, downloadUrl, { range: 'bytes=100-199' });
    await download(app, downloadUrl, { 'if-none-match': `"${(await app.dataSource.query('SELECT sha256 FROM file_editions WHERE id = $1', [id]))[0].sha256}"` });
    await download(app, downloadUrl, {}, 'HEAD');
    // The count is written once the answer is sent.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await downloadCount(app, id)).toBe(2);
    const seen = dataOf(await app.gql<{ instrument: { files: { editions: { id: string; downloadCount: number }[] }[] } }>(`query ($slug: String!) { instrument(slug: $slug) { files { editions { id downloadCount } } } }`, { slug }, curator));
    expect(seen.instrument.files.flatMap((f) => f.editions).find((e) => e.id === id)?.downloadCount).toBe(2);
  });

  it('lets a visitor download a public edition; a retired one only curators (404 for others)', async () => {
    const { id, downloadUrl } = (await uploadEdition(app, slug, { title: 'Ingetrokken', versionLabel: 'v1' }, { name: 'oud.pdf', bytes: pdfLike(100) }, curator)).body.edition!;
    expect((await download(app, downloadUrl)).status).toBe(200);
    dataOf(await app.gql('mutation ($input: RetireFileEditionInput!) { retireFileEdition(input: $input) { id retired } }', { input: { id } }, curator));
    const [member] = await manyMembers(app, 1);
    expect((await download(app, downloadUrl)).status).toBe(404);
    expect((await download(app, downloadUrl, { cookie: member.cookie })).status).toBe(404);
    const asCurator = await download(app, downloadUrl, { cookie: curator });
    expect(asCurator.status).toBe(200);
    expect(asCurator.headers.get('cache-control')).toBe('private, no-cache');
    dataOf(await app.gql('mutation ($input: RestoreFileEditionInput!) { restoreFileEdition(input: $input) { id retired } }', { input: { id } }, curator));
    expect((await download(app, downloadUrl)).status).toBe(200);
    expect((await download(app, '/files/00000000-0000-4000-8000-000000000000/x.pdf')).status).toBe(404);
    expect((await download(app, '/files/niet-een-id/x.pdf', { accept: 'text/html' })).status).toBe(404);
  });

  it('renders a preview of a PDF after the upload and serves it as a PNG', async () => {
    const pdf = await readFile(path.resolve('tests/fixtures/one-page.pdf'));
    const instrument = await createInstrument(app, curator);
    const { id } = (await uploadEdition(app, instrument.slug, { title: 'Canvas', versionLabel: 'v1' }, { name: 'canvas.pdf', bytes: pdf }, curator)).body.edition!;
    let previewUrl: string | null = null;
    for (let i = 0; i < 100 && !previewUrl; i++) {
      previewUrl = dataOf(await app.gql<FilesView>(FILES, { slug: instrument.slug })).instrument.previewUrl;
      if (!previewUrl) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(previewUrl).toBe(`/files/${id}/preview.png`);
    const png = await download(app, previewUrl!);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(await downloadCount(app, id)).toBe(0);
  });

  it('renames and moves files', async () => {
    const instrument = await createInstrument(app, curator);
    for (const title of ['Een', 'Twee', 'Drie']) {
      await uploadEdition(app, instrument.slug, { title, versionLabel: 'v1' }, { name: 'x.pdf', bytes: pdfLike(100) }, curator);
    }
    const titles = async () => dataOf(await app.gql<FilesView>(FILES, { slug: instrument.slug })).instrument.files.map((f) => f.title);
    const files = dataOf(await app.gql<FilesView>(FILES, { slug: instrument.slug })).instrument.files;
    dataOf(await app.gql('mutation ($input: MoveInstrumentFileInput!) { moveInstrumentFile(input: $input) { id position } }', { input: { id: files[2].id, position: 0 } }, curator));
    expect(await titles()).toEqual(['Drie', 'Een', 'Twee']);
    dataOf(await app.gql('mutation ($input: MoveInstrumentFileInput!) { moveInstrumentFile(input: $input) { id } }', { input: { id: files[2].id, position: 99 } }, curator));
    expect(await titles()).toEqual(['Een', 'Twee', 'Drie']);
    dataOf(await app.gql('mutation ($input: RenameInstrumentFileInput!) { renameInstrumentFile(input: $input) { title } }', { input: { id: files[0].id, title: '  Canvas (A3) ' } }, curator));
    expect(await titles()).toEqual(['Canvas (A3)', 'Twee', 'Drie']);
  });

  describe('proposal attachments', () => {
    let author: Member;
    let other: Member;
    let proposalId: string;

    beforeAll(async () => {
      [author, other] = await manyMembers(app, 2);
      proposalId = await submitProposal(app, author.cookie);
    });

    const ATTACHMENTS = `query ($id: String!) { proposal(id: $id) { attachments { id title fileName downloadUrl } } }`;

    it('lets the author attach and download; another member can do neither (404), nor a visitor', async () => {
      const bytes = pdfLike(3000);
      const mine = await attachToProposal(app, proposalId, { title: 'Ons canvas' }, { name: 'canvas.pdf', bytes }, author.cookie);
      expect(mine.status).toBe(201);
      expect(mine.body.edition).toMatchObject({ fileName: 'canvas.pdf', versionLabel: 'v1' });
      const notTheirs = await attachToProposal(app, proposalId, {}, { name: 'x.pdf', bytes }, other.cookie);
      expect([notTheirs.status, notTheirs.body.code]).toEqual([404, 'NOT_FOUND']);
      const url = mine.body.edition!.downloadUrl;
      expect((await download(app, url, { cookie: author.cookie })).bytes.equals(bytes)).toBe(true);
      expect((await download(app, url, { cookie: other.cookie })).status).toBe(404);
      expect((await download(app, url)).status).toBe(404);
      expect((await download(app, url, { cookie: curator })).headers.get('cache-control')).toBe('private, no-cache');
      const { proposal } = dataOf(await app.gql<{ proposal: { attachments: { id: string; title: string }[] } }>(ATTACHMENTS, { id: proposalId }, author.cookie));
      expect(proposal.attachments).toEqual([expect.objectContaining({ id: mine.body.edition!.id, title: 'Ons canvas' })]);
    });

    it('keeps to 10 files per proposal (PROPOSAL_FILES_LIMIT) and removes an attachment with its bytes', async () => {
      const id = await submitProposal(app, author.cookie);
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) ids.push((await attachToProposal(app, id, {}, { name: `${i}.pdf`, bytes: pdfLike(100) }, author.cookie)).body.edition!.id);
      const eleventh = await attachToProposal(app, id, {}, { name: '11.pdf', bytes: pdfLike(100) }, author.cookie);
      expect([eleventh.status, eleventh.body.code]).toEqual([422, 'PROPOSAL_FILES_LIMIT']);
      const REMOVE = 'mutation ($input: RemoveProposalAttachmentInput!) { removeProposalAttachment(input: $input) { id } }';
      expect((await app.gql(REMOVE, { input: { id: ids[0] } }, other.cookie)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const before = await fileRows(app);
      dataOf(await app.gql(REMOVE, { input: { id: ids[0] } }, author.cookie));
      expect(await fileRows(app)).toMatchObject({ stored: before.stored - 1, editions: before.editions - 1 });
      expect((await attachToProposal(app, id, {}, { name: '11.pdf', bytes: pdfLike(100) }, author.cookie)).status).toBe(201);
    });

    it('removes the stored bytes with the attachments when a proposal goes (an account erased)', async () => {
      const [leaving] = await manyMembers(app, 1);
      const id = await submitProposal(app, leaving.cookie);
      await attachToProposal(app, id, {}, { name: 'weg.pdf', bytes: pdfLike(300_000) }, leaving.cookie);
      const before = await fileRows(app);
      await app.dataSource.transaction((em) => app.nest.get(AccountsQueries).deleteAccount(em, leaving.id, 'Verwijderd account'));
      expect(await fileRows(app)).toEqual({ ...before, stored: before.stored - 1, chunks: before.chunks - 2, editions: before.editions - 1 });
    });

    it('moves the attachments to the instrument on accept, as its first editions', async () => {
      const id = await submitProposal(app, author.cookie);
      await attachToProposal(app, id, { title: 'Gesprekskaarten' }, { name: 'kaarten.pdf', bytes: pdfLike(100) }, author.cookie);
      await attachToProposal(app, id, {}, { name: 'handleiding.pdf', bytes: pdfLike(100) }, author.cookie);
      dataOf(await act(app, 'startReview', curator, { id }));
      dataOf(await act(app, 'acceptProposal', curator, { id, status: 'IDEA' }));
      const { proposal } = dataOf(await app.gql<{ proposal: { attachments: unknown[]; instrument: { slug: string } } }>(`query ($id: String!) { proposal(id: $id) { attachments { id } instrument { slug } } }`, { id }, curator));
      expect(proposal.attachments).toEqual([]);
      const files = dataOf(await app.gql<FilesView>(FILES, { slug: proposal.instrument.slug })).instrument.files;
      expect(files.map((f) => [f.title, f.currentEdition?.versionLabel])).toEqual([
        ['Gesprekskaarten', 'v1'],
        ['handleiding.pdf', 'v1'],
      ]);
      // The instrument is public: so are its files now.
      const url = `/files/${files[0].currentEdition!.id}/kaarten.pdf`;
      expect((await download(app, url)).status).toBe(200);
      // A decided proposal takes no more attachments.
      const late = await attachToProposal(app, id, {}, { name: 'laat.pdf', bytes: pdfLike(100) }, author.cookie);
      expect([late.status, late.body.code]).toEqual([403, 'FORBIDDEN']);
    });
  });
});

describe('files over HTTP, S3 storage (s3rver)', () => {
  let s3: TestS3Server;
  let app: TestApp;
  let curator: string;
  let slug: string;

  beforeAll(async () => {
    s3 = await startS3Server();
    app = await startTestApp({ env: { S3_URL: s3.url } });
    curator = await signedIn(app, 'CURATOR');
    slug = (await createInstrument(app, curator)).slug;
  });
  afterAll(async () => {
    await app?.close();
    await s3?.close();
  });

  it('round-trips the bytes through the bucket', async () => {
    const bytes = pdfLike(6 * 1024 * 1024 + 7);
    const { status, body } = await uploadEdition(app, slug, { title: 'Canvas', versionLabel: 'v1' }, { name: 'canvas.pdf', bytes }, curator);
    expect(status).toBe(201);
    const [{ stored_file_key: key, storage }] = await app.dataSource.query(
      `SELECT e.stored_file_key, s.storage FROM file_editions e JOIN stored_files s ON s.key = e.stored_file_key WHERE e.id = $1`,
      [body.edition!.id],
    );
    expect(storage).toBe('s3');
    expect(await s3.keys()).toContain(key);
    const file = await download(app, body.edition!.downloadUrl);
    expect(file.bytes.equals(bytes)).toBe(true);
    const range = await download(app, body.edition!.downloadUrl, { range: 'bytes=5242870-5242889' });
    expect(range.bytes.equals(bytes.subarray(5242870, 5242890))).toBe(true);
  });

  it('leaves no object and no row for a file that is too large or of the wrong type', async () => {
    const keys = await s3.keys();
    const before = await fileRows(app);
    const large = await uploadEdition(app, slug, { title: 'Te groot', versionLabel: 'v1' }, { name: 'groot.pdf', bytes: pdfLike(25 * 1024 * 1024 + 1) }, curator);
    expect(large.body.code).toBe('FILE_TOO_LARGE');
    const html = await uploadEdition(app, slug, { title: 'Nep', versionLabel: 'v1' }, { name: 'nep.pdf', bytes: Buffer.from('<html></html>') }, curator);
    expect(html.body.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(await fileRows(app)).toEqual(before);
    expect(await s3.keys()).toEqual(keys);
  });

  it('deletes the object again when the rows cannot be written', async () => {
    const keys = await s3.keys();
    const before = await fileRows(app);
    // The edition's row fails after the object is in the bucket.
    await app.dataSource.query(`CREATE FUNCTION test_refuse_edition() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await app.dataSource.query(`CREATE TRIGGER test_refuse_edition BEFORE INSERT ON file_editions FOR EACH ROW EXECUTE FUNCTION test_refuse_edition()`);
    try {
      const answer = await uploadEdition(app, slug, { title: 'Mislukt', versionLabel: 'v1' }, { name: 'x.pdf', bytes: pdfLike(4 * 1024 * 1024) }, curator);
      expect(answer.status).toBe(500);
    } finally {
      await app.dataSource.query(`DROP TRIGGER test_refuse_edition ON file_editions`);
      await app.dataSource.query(`DROP FUNCTION test_refuse_edition()`);
    }
    expect(await fileRows(app)).toEqual(before);
    expect(await s3.keys()).toEqual(keys);
  });
  it('holds no database transaction while the bytes travel to S3; the rows come after, in a short one', async () => {
    const before = await fileRows(app);
    const onDisk = (await s3.filesOnDisk()).length;
    const bytes = pdfLike(7 * MiB);
    const upload = startUpload(app, `/api/files/instruments/${slug}/editions`, { title: 'Traag', versionLabel: 'v1' }, 'traag.pdf', curator);
    await upload.send(bytes.subarray(0, 6 * MiB));
    // A first part is in the bucket's unfinished multipart upload: the bytes are on their way.
    await waitFor(async () => (await s3.filesOnDisk()).length > onDisk);
    const states: string[] = [];
    for (let i = 0; i < 10; i++) {
      states.push(...(await connectionStates(app)));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(states).not.toContain('idle in transaction');
    expect(await fileRows(app)).toEqual(before);
    await upload.send(bytes.subarray(6 * MiB));
    upload.end();
    const { status, body } = await upload.answer;
    expect(status).toBe(201);
    expect(body.edition!.size).toBe(bytes.length);
    expect((await fileRows(app)).stored).toBe(before.stored + 1);
  });

  it('leaves neither rows nor an object when the client goes away mid-upload', async () => {
    const keys = await s3.keys();
    const before = await fileRows(app);
    const onDisk = (await s3.filesOnDisk()).length;
    const upload = startUpload(app, `/api/files/instruments/${slug}/editions`, { title: 'Afgebroken', versionLabel: 'v1' }, 'weg.pdf', curator);
    await upload.send(pdfLike(6 * MiB));
    await waitFor(async () => (await s3.filesOnDisk()).length > onDisk);
    upload.abort();
    // The multipart upload is aborted: its parts go.
    await waitFor(async () => (await s3.filesOnDisk()).length === onDisk);
    expect(await fileRows(app)).toEqual(before);
    expect(await s3.keys()).toEqual(keys);
  });
  it('deletes a removed attachment\'s object after the commit', async () => {
    const keys = await s3.keys();
    const author = await signedIn(app, 'MEMBER');
    const id = await submitProposal(app, author);
    const { body } = await attachToProposal(app, id, {}, { name: 'los.pdf', bytes: pdfLike(1000) }, author);
    expect((await s3.keys()).length).toBe(keys.length + 1);
    const removed = await app.gql(`mutation ($input: RemoveProposalAttachmentInput!) { removeProposalAttachment(input: $input) { id } }`, { input: { id: body.edition!.id } }, author);
    expect(dataOf(removed)).toEqual({ removeProposalAttachment: { id: body.edition!.id } });
    expect(await s3.keys()).toEqual(keys);
  });

  it('deletes the S3 objects of an erased account\'s attachments after the commit', async () => {
    const keys = await s3.keys();
    const before = await fileRows(app);
    const leaving = await signedIn(app, 'MEMBER');
    const id = await submitProposal(app, leaving);
    const attached = await attachToProposal(app, id, {}, { name: 'weg.pdf', bytes: pdfLike(300_000) }, leaving);
    expect(attached.status).toBe(201);
    expect((await s3.keys()).length).toBe(keys.length + 1);
    const erased = await app.gql(`mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`, { input: { password: 'correct horse battery' } }, leaving);
    expect(erased).toEqual({ data: { deleteMyAccount: true } });
    expect(await fileRows(app)).toEqual(before);
    expect(await s3.keys()).toEqual(keys);
  });
});

describe('a stalled upload, PostgreSQL storage', () => {
  let app: TestApp;
  let curator: string;
  let slug: string;

  beforeAll(async () => {
    app = await startTestApp({ env: { FILES_UPLOAD_IDLE_SECONDS: '3' } });
    curator = await signedIn(app, 'CURATOR');
    slug = (await createInstrument(app, curator)).slug;
  });
  afterAll(() => app?.close());

  it('ends the chunks\' transaction after FILES_UPLOAD_IDLE_SECONDS without bytes: UPLOAD_STALLED, nothing left', async () => {
    const before = await fileRows(app);
    const upload = startUpload(app, `/api/files/instruments/${slug}/editions`, { title: 'Stokt', versionLabel: 'v1' }, 'stokt.pdf', curator);
    await upload.send(pdfLike(300_000));
    // The chunks are written in the rows' transaction, open while the client is silent …
    await waitFor(async () => (await connectionStates(app)).includes('idle in transaction'));
    // … until the idle limit ends it.
    const { status, body } = await upload.answer;
    expect([status, body.code]).toEqual([408, 'UPLOAD_STALLED']);
    await waitFor(async () => !(await connectionStates(app)).includes('idle in transaction'), 5000);
    expect(await fileRows(app)).toEqual(before);
    upload.abort();
  });
});

describe('upload rate limit', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_MUTATIONS_PER_MEMBER: '2', RATE_LIMIT_MUTATIONS_WINDOW_MS: '60000' } });
  });
  afterAll(() => app?.close());

  it('counts uploads with the member’s mutations: over the limit RATE_LIMITED with Retry-After', async () => {
    const curator = await signedIn(app, 'CURATOR');
    const { slug } = await createInstrument(app, curator);
    const statuses: number[] = [];
    let last: UploadAnswer | undefined;
    for (let i = 0; i < 3; i++) {
      last = await uploadEdition(app, slug, { title: `Bestand ${i}`, versionLabel: 'v1' }, { name: 'x.pdf', bytes: pdfLike(100) }, curator);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 429, 429]);
    expect(last!.body.code).toBe('RATE_LIMITED');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('bytes per proposal', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { PROPOSAL_FILES_MAX_MB: '1' } });
  });
  afterAll(() => app?.close());

  it('refuses an attachment past what the proposal has left with PROPOSAL_FILES_LIMIT, leaving nothing', async () => {
    const [author] = await manyMembers(app, 1);
    const id = await submitProposal(app, author.cookie);
    expect((await attachToProposal(app, id, {}, { name: 'a.pdf', bytes: pdfLike(700_000) }, author.cookie)).status).toBe(201);
    const before = await fileRows(app);
    const second = await attachToProposal(app, id, {}, { name: 'b.pdf', bytes: pdfLike(700_000) }, author.cookie);
    expect([second.status, second.body.code, second.body.maxBytes]).toEqual([422, 'PROPOSAL_FILES_LIMIT', 1024 * 1024]);
    expect(await fileRows(app)).toEqual(before);
    expect((await attachToProposal(app, id, {}, { name: 'c.pdf', bytes: pdfLike(300_000) }, author.cookie)).status).toBe(201);
  });
});
