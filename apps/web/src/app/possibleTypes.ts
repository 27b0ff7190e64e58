/**
 * The schema's interfaces and the types that implement them, for Apollo's cache: without them a
 * fragment on an interface (InstrumentDescriptionFields) matches nothing in the cache.
 * tests/api/instrument-fields.test.ts holds this to schema.gql.
 */
export const POSSIBLE_TYPES: Record<string, string[]> = {
  InstrumentDescription: ['Instrument', 'Proposal'],
};
