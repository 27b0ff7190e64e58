import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SYNONYM_LIMITS } from '#domain';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let curator: string;
let member: string;

beforeAll(async () => {
  app = await startTestApp();
  curator = await signedIn(app, 'CURATOR');
  member = await signedIn(app, 'MEMBER');
});
afterAll(() => app?.close());

interface Group {
  id: string;
  words: string[];
  updatedAt: string;
}

const CREATE = 'mutation ($input: CreateSynonymGroupInput!) { createSynonymGroup(input: $input) { id words updatedAt } }';
const UPDATE = 'mutation ($input: UpdateSynonymGroupInput!) { updateSynonymGroup(input: $input) { id words updatedAt } }';
const DELETE = 'mutation ($input: DeleteSynonymGroupInput!) { deleteSynonymGroup(input: $input) }';
const LIST = '{ synonymGroups { id words updatedAt } }';

async function groups(): Promise<Group[]> {
  return dataOf(await app.gql<{ synonymGroups: Group[] }>(LIST, {}, curator)).synonymGroups;
}

/** What an anonymous visitor finds (through the read cache, as in production). */
async function found(search: string): Promise<{ totalCount: number; slugs: string[] }> {
  const response = await app.gql<{ instruments: { totalCount: number; edges: { node: { slug: string } }[] } }>(
    'query ($search: String) { instruments(search: $search, first: 50) { totalCount edges { node { slug } } } }',
    { search },
  );
  const { totalCount, edges } = dataOf(response).instruments;
  return { totalCount, slugs: edges.map((e) => e.node.slug) };
}

describe('synonym groups', () => {
  it('start with the seeded groups (verb and noun forms, English, own words), ordered by first word', async () => {
    const list = await groups();
    const firsts = list.map((g) => g.words[0]);
    expect(firsts).toEqual([...firsts].sort((a, b) => a.localeCompare(b, 'en')));
    const words = (w: string) => list.find((g) => g.words.includes(w))?.words ?? [];
    expect(words('evaluatie')).toEqual(expect.arrayContaining(['evalueren', 'evaluation']));
    expect(words('reflecteren')).toContain('reflectie');
    expect(words('opschaling')).toContain('opschalen');
    expect(words('bedrijf')).toEqual(expect.arrayContaining(['werkveld', 'werkgever', 'opdrachtgever', 'werkveldpartner']));
    expect(words('enquête')).toContain('vragenlijst');
    expect(words('self-assessment')).toContain('zelfscan');
  });

  it('a group a curator creates counts in search at once, and stops counting when edited or deleted', async () => {
    expect((await found('xylofoonklok')).totalCount).toBe(0);
    const created = dataOf(await app.gql<{ createSynonymGroup: Group }>(CREATE, { input: { words: ['  Xylofoonklok ', 'Intervisie'] } }, curator)).createSynonymGroup;
    expect(created.words).toEqual(['xylofoonklok', 'intervisie']);
    const intervisie = await found('intervisie');
    expect(await found('xylofoonklok')).toEqual(intervisie);
    expect(intervisie.totalCount).toBeGreaterThan(0);

    const updated = dataOf(await app.gql<{ updateSynonymGroup: Group }>(UPDATE, { input: { id: created.id, words: ['xylofoonklok', 'pulsmeting'] } }, curator)).updateSynonymGroup;
    expect(updated.words).toEqual(['xylofoonklok', 'pulsmeting']);
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
    expect((await found('xylofoonklok')).slugs).toContain('pulsmeting-na-elke-bijeenkomst');
    expect((await found('xylofoonklok')).slugs).not.toContain('intervisie-incidentmethode-docenten-en-praktijkopleiders');

    expect(dataOf(await app.gql<{ deleteSynonymGroup: boolean }>(DELETE, { input: { id: created.id } }, curator)).deleteSynonymGroup).toBe(true);
    expect((await found('xylofoonklok')).totalCount).toBe(0);
    expect((await groups()).some((g) => g.id === created.id)).toBe(false);
  });

  it.each([
    [['alleen']],
    [[]],
    [['een', '   ']],
    [['een', 'x'.repeat(SYNONYM_LIMITS.word.max + 1)]],
    [Array.from({ length: SYNONYM_LIMITS.words.max + 1 }, (_, i) => `woord${i}`)],
    [['dubbel', ' DUBBEL ']],
  ])('refuses the words %j with BAD_USER_INPUT naming words, and writes nothing', async (words) => {
    const before = (await groups()).length;
    const response = await app.gql(CREATE, { input: { words } }, curator);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.fields).toContain('words');
    expect((await groups()).length).toBe(before);
  });

  it('refuses a word that is already in another group with CONFLICT naming it, and writes nothing', async () => {
    const before = await groups();
    const response = await app.gql(CREATE, { input: { words: ['beoordeling', 'Evaluatie'] } }, curator);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: ['words'], words: ['evaluatie'] });
    expect(await groups()).toEqual(before);

    const own = dataOf(await app.gql<{ createSynonymGroup: Group }>(CREATE, { input: { words: ['praatplaat', 'gespreksplaat'] } }, curator)).createSynonymGroup;
    const moved = await app.gql(UPDATE, { input: { id: own.id, words: ['praatplaat', 'vragenlijst'] } }, curator);
    expect(moved.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await groups()).find((g) => g.id === own.id)?.words).toEqual(['praatplaat', 'gespreksplaat']);
    // Its own words may stay in it.
    const kept = await app.gql<{ updateSynonymGroup: Group }>(UPDATE, { input: { id: own.id, words: ['gespreksplaat', 'praatplaat', 'plaat'] } }, curator);
    expect(dataOf(kept).updateSynonymGroup.words).toEqual(['gespreksplaat', 'praatplaat', 'plaat']);
  });

  it.each([['999999'], ['geen-id'], ['1e3']])('answers NOT_FOUND for the unknown id %s', async (id) => {
    const update = await app.gql(UPDATE, { input: { id, words: ['een', 'twee'] } }, curator);
    expect(update.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const remove = await app.gql(DELETE, { input: { id } }, curator);
    expect(remove.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('are for curators only: UNAUTHENTICATED for visitors, FORBIDDEN for members', async () => {
    for (const [cookie, code] of [[undefined, 'UNAUTHENTICATED'], [member, 'FORBIDDEN']] as const) {
      expect((await app.gql(LIST, {}, cookie)).errors?.[0].extensions?.code).toBe(code);
      expect((await app.gql(CREATE, { input: { words: ['aa', 'bb'] } }, cookie)).errors?.[0].extensions?.code).toBe(code);
    }
  });
});
