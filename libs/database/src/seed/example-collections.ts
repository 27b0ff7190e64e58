import type { Queryable } from './seed-example-data.js';

/**
 * A fictional starter kit (startpakket, issue #23) over the example instruments: five steps to set up
 * a learning community, each with why it is in the kit. Published, so the kits pages show it on a first start.
 */
export const exampleCollection = {
  slug: 'een-learning-community-opzetten-in-5-stappen',
  title: 'Startpakket: een learning community opzetten in 5 stappen',
  introduction:
    'Wil je een learning community starten? Deze vijf instrumenten helpen je van het eerste idee tot een community die ' +
    'op eigen benen staat. Werk ze in volgorde door, of kies de stap waar je nu staat. *(Fictief voorbeeld.)*',
  items: [
    { instrument: 'gids-voor-kwartiermakers-van-een-learning-community', why: 'Begin hier: de gids zet op een rij wat een kwartiermaker in de eerste maanden regelt.' },
    { instrument: 'stakeholderkaart-regionale-pps', why: 'Breng in kaart wie je nodig hebt uit onderwijs, werkveld en overheid, en wat zij willen.' },
    { instrument: 'ontwerpprincipes-voor-learning-communities', why: 'Maak samen keuzes over doel, rollen en werkwijze, op basis van beproefde principes.' },
    { instrument: 'canvas-learning-community-in-ontwikkeling', why: 'Leg je ontwerp vast op één canvas, zodat iedereen hetzelfde beeld heeft.' },
    { instrument: 'formatieve-evaluatie-van-je-learning-community', why: 'Kijk na een paar maanden terug: wat werkt, wat stel je bij?' },
  ],
};

export async function seedExampleCollections(db: Queryable): Promise<void> {
  const [{ id }] = (await db.query(
    `INSERT INTO collections (slug, title, introduction, status) VALUES ($1, $2, $3, 'PUBLISHED') RETURNING id`,
    [exampleCollection.slug, exampleCollection.title, exampleCollection.introduction],
  )) as { id: string }[];
  await db.query(
    `INSERT INTO collection_items (collection_id, instrument_id, position, why)
     SELECT $1, i.id, s.position - 1, s.why
     FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS s(slug, why, position) JOIN instruments i ON i.slug = s.slug`,
    [id, exampleCollection.items.map((s) => s.instrument), exampleCollection.items.map((s) => s.why)],
  );
}
