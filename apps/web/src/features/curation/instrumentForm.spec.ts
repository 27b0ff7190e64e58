import { describe, expect, it } from '@jest/globals';
import { INSTRUMENT_FIELD_NAMES } from '#domain';
import { changedFields, createInput, emptyValues, linkRow, reapply, updateInput, validate, type InstrumentFormValues } from './instrumentForm';

function values(overrides: Partial<InstrumentFormValues> = {}): InstrumentFormValues {
  return {
    ...emptyValues(),
    title: 'Rubric samenwerking',
    slug: 'rubric-samenwerking',
    summary: 'Een rubric om samenwerking te beoordelen.',
    type: 'RUBRIC',
    phases: ['EVALUATE'],
    origin: 'NETWORK',
    contactEmail: 'bas@example.org',
    links: [linkRow('Rubric', 'https://example.org/rubric')],
    ...overrides,
  };
}

describe('the instrument form', () => {
  it('sends only changed fields, with the version, and clears emptied optional text with null', () => {
    const base = values();
    const edited = { ...base, summary: '  Een nieuwe samenvatting van de rubric.  ', contactEmail: ' ', phases: ['EVALUATE'] };
    expect(updateInput('id-1', 4, base, edited)).toEqual({
      id: 'id-1',
      version: 4,
      summary: 'Een nieuwe samenvatting van de rubric.',
      contactEmail: null,
    });
  });

  it('treats term sets as sets and links as an ordered list', () => {
    const base = values({ audiences: ['TEACHERS', 'STUDENTS'], links: [linkRow('A', 'https://example.org/a'), linkRow('B', 'https://example.org/b')] });
    expect(changedFields(base, { ...base, audiences: ['STUDENTS', 'TEACHERS'] })).toEqual([]);
    expect(changedFields(base, { ...base, links: [...base.links].reverse() })).toEqual(['links']);
  });

  it('reapplies this curator’s changes on top of the latest version and names what both changed', () => {
    const base = values();
    const mine = { ...base, summary: 'Mijn nieuwe samenvatting van de rubric.', title: 'Mijn titel' };
    const latest = { ...base, title: 'Hun titel', licence: 'CC BY 4.0' };
    const merged = reapply(base, latest, mine);
    expect(merged.values).toMatchObject({ title: 'Mijn titel', summary: mine.summary, licence: 'CC BY 4.0' });
    expect(merged.theirs).toEqual(['title', 'licence']);
    expect(merged.both).toEqual(['title']);
    // Saving again sends what differs from the latest version: only this curator's changes.
    expect(changedFields(latest, merged.values)).toEqual(['title', 'summary']);
  });

  it('checks the limits of libs/domain', () => {
    expect(validate(values(), true)).toEqual({});
    const errors = validate(
      values({ title: 'ab', slug: 'Niet Goed', phases: [], contactEmail: 'geen-adres', links: [linkRow('', 'example.org')] }),
      true,
    );
    expect(errors).toEqual({
      title: { key: 'validation.titleLength' },
      slug: { key: 'validation.slugPattern' },
      phases: { key: 'validation.phasesRequired' },
      contactEmail: { key: 'validation.contactEmail' },
      'links.0.label': { key: 'validation.linkLabel' },
      'links.0.url': { key: 'validation.linkUrl' },
    });
    // The slug is fixed once the instrument exists.
    expect(validate(values({ slug: '' }), false)).toEqual({});
  });

  it('holds and sends every field of the definition in libs/domain', () => {
    const missing = (object: object) => INSTRUMENT_FIELD_NAMES.filter((name) => !(name in object));
    expect(missing(emptyValues())).toEqual([]);
    expect(missing(createInput(values()))).toEqual([]);
    // Every field changed: an update sends each one.
    const changed = values({
      description: 'Nieuw',
      audiences: ['TEACHERS'],
      sectors: ['CARE'],
      tags: ['FEEDBACK'],
      ownerOrganisation: 'Netwerk',
      contactName: 'Bas',
      licence: 'CC BY 4.0',
      language: 'en',
      timeNeeded: 'Een uur',
    });
    expect(missing(updateInput('id-1', 1, emptyValues(), changed))).toEqual([]);
  });
});
