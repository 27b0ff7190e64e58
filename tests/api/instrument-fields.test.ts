import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, isInputObjectType, isInterfaceType, isObjectType, parse, type FragmentDefinitionNode } from 'graphql';
import { getMetadataArgsStorage } from 'typeorm';
import { INSTRUMENT_FIELDS, INSTRUMENT_FIELD_NAMES, columnName } from '#domain';
import { InstrumentEntity } from '../../apps/api/src/catalogue/instrument.entity.js';
import { ProposalEntity } from '../../apps/api/src/proposals/proposal.entity.js';
import { EXCHANGE_COLUMNS } from '../../apps/api/src/exchange/exchange-columns.js';
import { DESCRIPTIVE_FIELDS } from '../../apps/web/src/app/fields/instrumentFields.js';
import { POSSIBLE_TYPES } from '../../apps/web/src/app/possibleTypes.js';

// The definition in libs/domain (instrument-fields.ts) is the one list of an instrument's
// descriptive fields; every place that handles them must hold each of them.
const schema = buildSchema(await readFile(path.resolve('schema.gql'), 'utf8'));
const names = [...INSTRUMENT_FIELD_NAMES].sort();

function fieldsOf(typeName: string): string[] {
  const type = schema.getType(typeName);
  if (!isInputObjectType(type) && !isObjectType(type) && !isInterfaceType(type)) throw new Error(`${typeName} is not an object, interface or input type`);
  return Object.keys(type.getFields());
}

/** The fields a fragment of the web app selects directly, and the fragments it spreads. */
async function fragment(file: string, name: string): Promise<{ on: string; fields: string[]; spreads: string[] }> {
  const document = parse(await readFile(path.resolve('apps/web/src', file), 'utf8'));
  const definition = document.definitions.find((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition' && d.name.value === name);
  if (!definition) throw new Error(`${file} has no fragment ${name}`);
  const selections = definition.selectionSet.selections;
  return {
    on: definition.typeCondition.name.value,
    fields: selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : [])),
    spreads: selections.flatMap((s) => (s.kind === 'FragmentSpread' ? [s.name.value] : [])),
  };
}

/** Left out of the shared fragment: an instrument answers it to signed-in members only. */
const MEMBERS_ONLY = ['contactEmail'];

describe('the instrument field definition', () => {
  it.each(['CreateInstrumentInput', 'UpdateInstrumentInput', 'SubmitProposalInput', 'UpdateProposalInput', 'ProposalEditsInput'])(
    'is what %s takes',
    (input) => {
      expect(names.filter((name) => !fieldsOf(input).includes(name))).toEqual([]);
    },
  );

  it.each(['Instrument', 'Proposal', 'InstrumentDescription'])('is what the %s type answers', (type) => {
    expect(names.filter((name) => !fieldsOf(type).includes(name))).toEqual([]);
  });

  it('is in the CSV/JSON columns, under the definition’s headers and with its required flags', () => {
    const columns = new Map(EXCHANGE_COLUMNS.map((c) => [c.key as string, c]));
    expect(INSTRUMENT_FIELDS.map((f) => [f.name, columns.get(f.name)?.header, columns.get(f.name)?.required])).toEqual(
      INSTRUMENT_FIELDS.map((f) => [f.name, f.csv.header, f.csv.required]),
    );
  });

  it('is what the web app’s forms hold, in the same order', () => {
    // The forms' values and inputs are checked field by field beside them (apps/web/src/**/*Form.spec.ts).
    expect([...DESCRIPTIVE_FIELDS]).toEqual([...INSTRUMENT_FIELD_NAMES]);
  });

  it('is the web app’s one selection of the fields, on the interface both Instrument and Proposal implement', async () => {
    const shared = await fragment('app/fields/instrumentDescription.graphql', 'InstrumentDescriptionFields');
    expect(shared.on).toBe('InstrumentDescription');
    expect([...shared.fields].sort()).toEqual(names.filter((name) => !MEMBERS_ONLY.includes(name)));
    expect(schema.getPossibleTypes(schema.getType('InstrumentDescription') as never).map((t) => t.name).sort()).toEqual(['Instrument', 'Proposal']);
    // Apollo's cache matches a fragment on an interface only through possibleTypes.
    expect(POSSIBLE_TYPES).toEqual(
      Object.fromEntries(
        Object.values(schema.getTypeMap())
          .filter(isInterfaceType)
          .map((i) => [i.name, schema.getPossibleTypes(i).map((t) => t.name).sort()]),
      ),
    );
    // The editor and the proposal pages, which may read it, add what the fragment leaves out.
    for (const [file, name] of [
      ['features/curation/graphql/curation.graphql', 'CuratedInstrumentFields'],
      ['features/proposals/graphql/proposals.graphql', 'ProposalFields'],
    ] as const) {
      const editing = await fragment(file, name);
      expect({ name, spreads: editing.spreads.includes('InstrumentDescriptionFields'), members: MEMBERS_ONLY.filter((f) => !editing.fields.includes(f)) }).toEqual({
        name,
        spreads: true,
        members: [],
      });
    }
  });

  it('names each column once and takes its limits from INSTRUMENT_LIMITS', () => {
    const places = INSTRUMENT_FIELDS.map((f) => ('joinTable' in f ? `${f.joinTable}.${f.column}` : f.column));
    expect(new Set(places).size).toBe(places.length);
    for (const f of INSTRUMENT_FIELDS) if ('limits' in f) expect(f.limits?.max).toBeGreaterThan(0);
  });

  it('is where the entities keep it: a column or join table of instruments, and a column of proposals under the field’s name', () => {
    const storage = getMetadataArgsStorage();
    const columns = (target: object) => storage.columns.filter((c) => c.target === target).map((c) => c.options.name ?? c.propertyName);
    const joinTables = storage.joinTables
      .filter((j) => j.target === InstrumentEntity)
      .map((j) => `${j.name}.${(j.inverseJoinColumns?.[0] as { name?: string } | undefined)?.name}`);
    const instrumentPlaces = [...columns(InstrumentEntity), ...joinTables];
    expect(
      INSTRUMENT_FIELDS.filter((f) => f.kind !== 'links').map((f) => ('joinTable' in f ? `${f.joinTable}.${f.column}` : f.column)).filter((place) => !instrumentPlaces.includes(place)),
    ).toEqual([]);
    expect(INSTRUMENT_FIELD_NAMES.map(columnName).filter((column) => !columns(ProposalEntity).includes(column))).toEqual([]);
  });
});
