import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, isInputObjectType, isObjectType } from 'graphql';
import { INSTRUMENT_FIELDS, INSTRUMENT_FIELD_NAMES } from '#domain';
import { EXCHANGE_COLUMNS } from '../../apps/api/src/exchange/exchange-columns.js';
import { DESCRIPTIVE_FIELDS, descriptiveValues, type DescribedByApi } from '../../apps/web/src/app/fields/instrumentFields.js';
import { createInput, emptyValues, updateInput } from '../../apps/web/src/features/curation/instrumentForm.js';
import { emptyProposal, proposalInput } from '../../apps/web/src/features/proposals/proposalForm.js';

// The definition in libs/domain (instrument-fields.ts) is the one list of an instrument's
// descriptive fields; every place that handles them must hold each of them.
const schema = buildSchema(await readFile(path.resolve('schema.gql'), 'utf8'));
const names = [...INSTRUMENT_FIELD_NAMES].sort();

function fieldsOf(typeName: string): string[] {
  const type = schema.getType(typeName);
  if (!isInputObjectType(type) && !isObjectType(type)) throw new Error(`${typeName} is not an object or input type`);
  return Object.keys(type.getFields());
}

describe('the instrument field definition', () => {
  it.each(['CreateInstrumentInput', 'UpdateInstrumentInput', 'SubmitProposalInput', 'UpdateProposalInput', 'ProposalEditsInput'])(
    'is what %s takes',
    (input) => {
      expect(names.filter((name) => !fieldsOf(input).includes(name))).toEqual([]);
    },
  );

  it.each(['Instrument', 'Proposal'])('is what the %s type answers', (type) => {
    expect(names.filter((name) => !fieldsOf(type).includes(name))).toEqual([]);
  });

  it('is in the CSV/JSON columns, under the definition’s headers and with its required flags', () => {
    const columns = new Map(EXCHANGE_COLUMNS.map((c) => [c.key as string, c]));
    expect(INSTRUMENT_FIELDS.map((f) => [f.name, columns.get(f.name)?.header, columns.get(f.name)?.required])).toEqual(
      INSTRUMENT_FIELDS.map((f) => [f.name, f.csv.header, f.csv.required]),
    );
  });

  it('is what the web app’s forms hold, in the same order', () => {
    expect([...DESCRIPTIVE_FIELDS]).toEqual([...INSTRUMENT_FIELD_NAMES]);
  });

  it('is what the web app’s forms hold and send, from an empty form and from what the API answers', () => {
    const missing = (object: object) => names.filter((name) => !(name in object));
    // One instrument as the API answers it, every field set.
    const answered = Object.fromEntries(
      INSTRUMENT_FIELDS.map((f) => [
        f.name,
        f.kind === 'term' ? { code: 'X' } : f.kind === 'terms' ? [{ code: 'X' }] : f.kind === 'links' ? [{ label: 'L', url: 'https://example.org' }] : 'x',
      ]),
    ) as unknown as DescribedByApi;
    const read = descriptiveValues(answered);
    expect(missing(read)).toEqual([]);
    expect(names.filter((name) => JSON.stringify((read as Record<string, unknown>)[name]) === JSON.stringify(emptyValues()[name as keyof typeof read]))).toEqual([]);
    expect(missing(emptyValues())).toEqual([]);
    expect(missing(emptyProposal())).toEqual([]);
    expect(missing(createInput(emptyValues()))).toEqual([]);
    expect(missing(proposalInput(emptyProposal()))).toEqual([]);
    // An update sends each changed field.
    const edited = { ...emptyValues(), ...read };
    expect(missing(updateInput('id', 1, emptyValues(), edited))).toEqual([]);
  });

  it('names each column once and takes its limits from INSTRUMENT_LIMITS', () => {
    const places = INSTRUMENT_FIELDS.map((f) => ('joinTable' in f ? `${f.joinTable}.${f.column}` : f.column));
    expect(new Set(places).size).toBe(places.length);
    for (const f of INSTRUMENT_FIELDS) if ('limits' in f) expect(f.limits?.max).toBeGreaterThan(0);
  });
});
