import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { EXPECTED_CODES, loadPools, loadSchema, operationsOf, send, variablesOf, type FuzzPools, type Operation } from '../support/fuzz.js';
import { submitProposal } from '../support/proposal-builder.js';
import { signedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Property-based fuzzing of every query argument (root fields, and the arguments of fields
 * below the root such as Instrument.reviews), generated from schema.gql. Never
 * INTERNAL_SERVER_ERROR, never a crash.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

let app: TestApp;
let schema: GraphQLSchema;
let pools: FuzzPools;
let admin: string;

beforeAll(async () => {
  app = await startTestApp();
  schema = await loadSchema();
  admin = await signedIn(app, 'ADMIN');
  const member = await signedIn(app, 'MEMBER');
  for (let i = 0; i < 3; i++) await submitProposal(app, member);
  pools = await loadPools(app);
});
afterAll(() => app?.close());

/** Instrument fields that take arguments, reached through a page of instruments. */
function nestedOperations(schema: GraphQLSchema): Operation[] {
  const instrument = schema.getType('Instrument') as import('graphql').GraphQLObjectType;
  return Object.values(instrument.getFields())
    .filter((field) => field.args.length > 0)
    .map((field) => ({
      name: `Instrument.${field.name}`,
      args: field.args,
      document: `query (${field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')}) { instruments(first: 3) { edges { node { ${field.name}(${field.args
        .map((a) => `${a.name}: $${a.name}`)
        .join(', ')}) { totalCount edges { cursor node { id } } } } } } }`,
    }));
}

describe('fuzzing every query argument', () => {
  it('never answers INTERNAL_SERVER_ERROR nor crashes', async () => {
    const queries = [...operationsOf(schema, 'query').filter((q) => q.args.length > 0), ...nestedOperations(schema)];
    expect(queries.map((q) => q.name)).toEqual(
      expect.arrayContaining(['instruments', 'instrumentFacets', 'instrument', 'proposals', 'similarInstruments', 'Instrument.reviews']),
    );
    let answered = 0;
    for (const query of queries) {
      await fc.assert(
        fc.asyncProperty(variablesOf(query, '', pools), fc.boolean(), async (variables, asAdmin) => {
          const result = await send(app.url, query.document, variables, asAdmin ? admin : undefined);
          if (result.codes.length === 0) answered++;
          expect(result.status).toBeLessThan(500);
          const unexpected = result.codes.filter((code) => !EXPECTED_CODES.has(code));
          expect({ query: query.name, variables, unexpected }).toEqual({ query: query.name, variables, unexpected: [] });
        }),
        { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261129) },
      );
    }
    console.log(`fuzzed ${queries.length} queries × ${RUNS} runs; ${answered} answered with data`);
    expect(answered).toBeGreaterThan((queries.length * RUNS) / 4);
    expect((await fetch(app.url.replace(/\/graphql$/, '/health/ready'))).status).toBe(200);
  }, 120_000);
});
