import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createInstrument } from '../support/instrument-builder.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let curator: string;
let member: string;
let instruments: { id: string; slug: string }[];

beforeAll(async () => {
  app = await startTestApp();
  curator = await signedIn(app, 'CURATOR');
  member = await signedIn(app, 'MEMBER');
  instruments = [];
  for (let i = 0; i < 3; i++) instruments.push(await createInstrument(app, curator));
});
afterAll(() => app?.close());

const CREATE = 'mutation ($input: CreateCollectionInput!) { createCollection(input: $input) { id slug status title introduction } }';
const UPDATE = 'mutation ($input: UpdateCollectionInput!) { updateCollection(input: $input) { id title introduction } }';
const SET_ITEMS = 'mutation ($input: SetCollectionItemsInput!) { setCollectionItems(input: $input) { id items { step why instrument { id } } } }';
const PUBLISH = 'mutation ($input: CollectionRefInput!) { publishCollection(input: $input) { id status } }';
const UNPUBLISH = 'mutation ($input: CollectionRefInput!) { unpublishCollection(input: $input) { id status } }';
const KIT = 'query ($slug: String!) { collection(slug: $slug) { id title status items { step why instrument { id } } } }';
const KITS = '{ collections { slug status } }';
const IN_KITS = 'query ($slug: String!) { instrument(slug: $slug) { collections { slug } } }';

type Kit = { id: string; slug: string; status: string };
type Items = { items: { step: number; why: string; instrument: { id: string } }[] };
const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;
const fieldsOf = (response: { errors?: { extensions?: { fields?: string[] } }[] }) => response.errors?.[0]?.extensions?.fields;

async function newKit(title = `Startpakket test ${Math.random().toString(36).slice(2, 8)}`): Promise<Kit> {
  return dataOf(await app.gql<{ createCollection: Kit }>(CREATE, { input: { title, introduction: 'Een *inleiding*.' } }, curator)).createCollection;
}
const setItems = (id: string, ids: string[], cookie = curator) =>
  app.gql<{ setCollectionItems: Items }>(SET_ITEMS, { input: { id, items: ids.map((instrumentId, i) => ({ instrumentId, why: `Stap ${i + 1}.` })) } }, cookie);

describe('starter kits', () => {
  it('a curator creates a draft kit, fills, reorders and publishes it; visitors see it only when published', async () => {
    const kit = await newKit('Startpakket: samen beginnen');
    expect(kit).toMatchObject({ slug: 'startpakket-samen-beginnen', status: 'DRAFT', introduction: 'Een *inleiding*.' });

    const [a, b, c] = instruments.map((i) => i.id);
    expect(dataOf(await setItems(kit.id, [a, b, c])).setCollectionItems.items.map((i) => [i.step, i.instrument.id])).toEqual([[1, a], [2, b], [3, c]]);

    // A draft is invisible to visitors and members, in the list, by slug and on the instrument.
    expect(dataOf(await app.gql(KIT, { slug: kit.slug })).collection).toBeNull();
    expect(dataOf(await app.gql(KIT, { slug: kit.slug }, member)).collection).toBeNull();
    expect(dataOf(await app.gql<{ collections: Kit[] }>(KITS)).collections.map((k) => k.slug)).not.toContain(kit.slug);
    expect(dataOf(await app.gql<{ collections: Kit[] }>(KITS, {}, curator)).collections.map((k) => k.slug)).toContain(kit.slug);
    expect(dataOf(await app.gql<{ instrument: { collections: Kit[] } }>(IN_KITS, { slug: instruments[0].slug })).instrument.collections).toEqual([]);

    // Reorder: the whole list again, swapped (positions stay unique, checked at commit).
    const reordered = dataOf(await setItems(kit.id, [c, a, b])).setCollectionItems.items;
    expect(reordered.map((i) => i.instrument.id)).toEqual([c, a, b]);
    expect(reordered.map((i) => i.why)).toEqual(['Stap 1.', 'Stap 2.', 'Stap 3.']);

    expect(dataOf(await app.gql<{ publishCollection: Kit }>(PUBLISH, { input: { id: kit.id } }, curator)).publishCollection.status).toBe('PUBLISHED');
    const visible = dataOf(await app.gql<{ collection: Kit & Items }>(KIT, { slug: kit.slug })).collection;
    expect(visible.items.map((i) => i.instrument.id)).toEqual([c, a, b]);
    expect(dataOf(await app.gql<{ collections: Kit[] }>(KITS)).collections.map((k) => k.slug)).toContain(kit.slug);
    expect(dataOf(await app.gql<{ instrument: { collections: Kit[] } }>(IN_KITS, { slug: instruments[0].slug })).instrument.collections).toEqual([{ slug: kit.slug }]);

    expect(dataOf(await app.gql<{ unpublishCollection: Kit }>(UNPUBLISH, { input: { id: kit.id } }, curator)).unpublishCollection.status).toBe('DRAFT');
    expect(dataOf(await app.gql(KIT, { slug: kit.slug })).collection).toBeNull();
  });

  it('updates title and introduction only as given', async () => {
    const kit = await newKit();
    const updated = dataOf(await app.gql<{ updateCollection: { title: string; introduction: string } }>(UPDATE, { input: { id: kit.id, title: '  Nieuwe titel  ' } }, curator));
    expect(updated.updateCollection).toMatchObject({ title: 'Nieuwe titel', introduction: 'Een *inleiding*.' });
  });

  it('refuses an instrument twice, an unknown instrument, a long why-text and a duplicate slug; the kit stays as it was', async () => {
    const kit = await newKit();
    const [a, b] = instruments.map((i) => i.id);
    dataOf(await setItems(kit.id, [a]));

    const twice = await setItems(kit.id, [a, b, a]);
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(twice)).toEqual(['items.2.instrumentId']);
    const unknown = await setItems(kit.id, [b, '00000000-0000-4000-8000-000000000000']);
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(unknown)).toEqual(['items.1.instrumentId']);
    const long = await app.gql(SET_ITEMS, { input: { id: kit.id, items: [{ instrumentId: b, why: 'x'.repeat(501) }] } }, curator);
    expect(codeOf(long)).toBe('BAD_USER_INPUT');

    const slug = await app.gql(CREATE, { input: { title: 'Nog een', slug: kit.slug } }, curator);
    expect(codeOf(slug)).toBe('CONFLICT');
    expect(codeOf(await app.gql(CREATE, { input: { title: 'x' } }, curator))).toBe('BAD_USER_INPUT');

    const after = dataOf(await app.gql<{ collection: Items }>(KIT, { slug: kit.slug }, curator)).collection;
    expect(after.items.map((i) => i.instrument.id)).toEqual([a]);
    // The database holds the invariant too: an instrument once per kit.
    await expect(
      app.dataSource.query(`INSERT INTO collection_items (collection_id, instrument_id, position, why) VALUES ($1, $2, 5, '')`, [kit.id, a]),
    ).rejects.toThrow();
  });

  it('publishes only a kit with instruments, and answers NOT_FOUND for an unknown kit', async () => {
    const kit = await newKit();
    expect(codeOf(await app.gql(PUBLISH, { input: { id: kit.id } }, curator))).toBe('CONFLICT');
    expect(codeOf(await app.gql(PUBLISH, { input: { id: '00000000-0000-4000-8000-000000000000' } }, curator))).toBe('NOT_FOUND');
  });

  it('members and visitors may not write', async () => {
    const kit = await newKit();
    expect(codeOf(await setItems(kit.id, [instruments[0].id], member))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(CREATE, { input: { title: 'Van een lid' } }))).toBe('UNAUTHENTICATED');
  });
});
