import { describe, expect, it } from '@jest/globals';
import { INSTRUMENT_FIELDS, INSTRUMENT_FIELD_NAMES } from '#domain';
import { descriptiveInput, descriptiveValues, emptyDescriptiveValues, type DescribedByApi } from './instrumentFields';

/** Every field of the definition, as the API answers it, none of them empty. */
function answeredByApi(): DescribedByApi {
  return Object.fromEntries(
    INSTRUMENT_FIELDS.map((f) => [
      f.name,
      f.kind === 'term'
        ? { code: 'CODE' }
        : f.kind === 'terms'
          ? [{ code: 'CODE' }]
          : f.kind === 'links'
            ? [{ label: 'Link', url: 'https://example.org/' }]
            : `  ${f.name}  `,
    ]),
  ) as unknown as DescribedByApi;
}

/** The definition's fields an object lacks. */
function missingFields(object: object): string[] {
  return INSTRUMENT_FIELD_NAMES.filter((name) => !(name in object));
}

describe('the descriptive fields of the web forms', () => {
  it('read every field of the definition from the API, and send every one back', () => {
    const values = descriptiveValues(answeredByApi());
    expect(missingFields(values)).toEqual([]);
    expect(INSTRUMENT_FIELD_NAMES.filter((name) => JSON.stringify(values[name]) === JSON.stringify(emptyDescriptiveValues()[name]))).toEqual([]);
    const input = descriptiveInput(values);
    expect(missingFields(input)).toEqual([]);
    expect(input).toMatchObject({ title: 'title', timeNeeded: 'timeNeeded', phases: ['CODE'], links: [{ label: 'Link', url: 'https://example.org/' }] });
  });

  it('clear the optional texts with null and leave out link rows left empty', () => {
    const input = descriptiveInput({ ...emptyDescriptiveValues(), title: ' Titel ' });
    expect(missingFields(input)).toEqual([]);
    expect(INSTRUMENT_FIELDS.filter((f) => input[f.name] === null).map((f) => f.name)).toEqual(INSTRUMENT_FIELDS.filter((f) => f.nullable).map((f) => f.name));
    expect(input).toMatchObject({ title: 'Titel', summary: '', links: [] });
  });
});
