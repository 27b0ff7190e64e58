import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { UnsubscribeTokens } from '../../apps/api/src/following/unsubscribe-token.js';
import type { TestApp } from './test-app.js';

/** Real values for the fuzzer to hit often, so that it gets past "not found" into the real paths. */
export interface FuzzPools {
  instrumentIds: string[];
  slugs: string[];
  proposalIds: string[];
  ratingIds: string[];
  pilotIds: string[];
  practiceReportIds: string[];
  /** Editions of instrument files and proposal attachments (#22). */
  fileEditionIds: string[];
  instrumentFileIds: string[];
  /** Starter kits (#23). */
  collectionIds: string[];
  /** Follows, and the unsubscribe tokens their mails would carry (#23). */
  followIds: string[];
  unsubscribeTokens: string[];
  accountIds: string[];
  emails: string[];
  codes: Record<'phases' | 'types' | 'audiences' | 'sectors' | 'tags', string[]>;
}

export async function loadSchema(): Promise<GraphQLSchema> {
  return buildSchema(await readFile('schema.gql', 'utf8'));
}

export async function loadPools(app: TestApp, exceptAccount: string[] = []): Promise<FuzzPools> {
  const column = async (sql: string, params: unknown[] = []) => ((await app.dataSource.query(sql, params)) as { v: string }[]).map((r) => r.v);
  return {
    instrumentIds: await column('SELECT id::text AS v FROM instruments ORDER BY slug LIMIT 12'),
    slugs: await column('SELECT slug AS v FROM instruments ORDER BY slug LIMIT 12'),
    proposalIds: await column('SELECT id::text AS v FROM proposals'),
    ratingIds: await column('SELECT id::text AS v FROM ratings LIMIT 12'),
    pilotIds: await column('SELECT id::text AS v FROM pilots LIMIT 12'),
    practiceReportIds: await column('SELECT id::text AS v FROM practice_reports LIMIT 12'),
    fileEditionIds: await column('SELECT id::text AS v FROM file_editions ORDER BY created_at LIMIT 12'),
    instrumentFileIds: await column('SELECT id::text AS v FROM instrument_files ORDER BY created_at LIMIT 12'),
    collectionIds: await column('SELECT id::text AS v FROM collections ORDER BY created_at LIMIT 12'),
    followIds: await column('SELECT id::text AS v FROM follows ORDER BY created_at LIMIT 12'),
    unsubscribeTokens: await unsubscribeTokens(app),
    accountIds: await column('SELECT id::text AS v FROM accounts WHERE NOT (id::text = ANY($1)) LIMIT 12', [exceptAccount]),
    emails: await column('SELECT email AS v FROM accounts LIMIT 12'),
    codes: {
      phases: await column('SELECT code AS v FROM phases'),
      types: await column('SELECT code AS v FROM instrument_types'),
      audiences: await column('SELECT code AS v FROM audiences'),
      sectors: await column('SELECT code AS v FROM sectors'),
      tags: await column('SELECT code AS v FROM tags'),
    },
  };
}

/** The tokens of the follow mails some follows would get (and of a digest), signed as the app signs them. */
async function unsubscribeTokens(app: TestApp): Promise<string[]> {
  const rows = (await app.dataSource.query(`SELECT id, account_id, instrument_id FROM follows WHERE kind = 'INSTRUMENT' ORDER BY created_at LIMIT 6`)) as {
    id: string;
    account_id: string;
    instrument_id: string;
  }[];
  const tokens = app.nest.get(UnsubscribeTokens);
  return rows.flatMap((r) => [
    tokens.sign({ scope: 'follow', accountId: r.account_id, followId: r.id, kind: 'INSTRUMENT', targetId: r.instrument_id }),
    tokens.sign({ scope: 'all', accountId: r.account_id }),
  ]);
}

/** Strings that have broken servers before: empty, huge, control characters, SQL and HTML, odd Unicode. */
export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'nul\u0000byte',
      '\uD800',
      '\u202Eomgekeerd',
      'a'.repeat(20_000),
      "'; DROP TABLE instruments; --",
      '%',
      '_',
      '\\',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '😀'.repeat(300),
      '0',
      '-1',
      'null',
      '{"$ne":null}',
      '../../etc/passwd',
    ),
  },
);

const intArb = fc.oneof(
  fc.integer({ min: -3, max: 120 }),
  fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1e15, 1.5),
);

/**
 * A value for an input type; `name` and `parent` pick realistic pools by field name. `valid`
 * keeps to plausible values (so the fuzzer reaches the services, not only validation);
 * otherwise anything goes.
 */
export function valueOf(type: GraphQLInputType, name: string, parent: string, pools: FuzzPools, depth = 0, valid = false): fc.Arbitrary<unknown> {
  if (valid) return validValueOf(type, name, parent, pools, depth);
  if (isNonNullType(type)) {
    // Mostly present; sometimes missing or null, which the API must answer as bad input.
    return fc.oneof({ weight: 19, arbitrary: valueOf(type.ofType, name, parent, pools, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  const inner = getNullableType(type) as GraphQLInputType;
  const nullable = (arbitrary: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 6, arbitrary }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(undefined) });
  if (isListType(inner)) {
    return nullable(fc.array(valueOf(inner.ofType, name, parent, pools, depth + 1), { maxLength: depth > 1 ? 2 : 6 }));
  }
  if (isEnumType(inner)) {
    return nullable(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...inner.getValues().map((v) => v.value as string)) }, { weight: 1, arbitrary: hostileString }));
  }
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const model = Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, f.name, inner.name, pools, depth + 1)]));
    const record = fc.record(model, { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) });
    return nullable(
      fc.oneof(
        { weight: 12, arbitrary: record },
        { weight: 1, arbitrary: record.map((r) => ({ ...(r as object), unknownField: 'x' })) },
        { weight: 1, arbitrary: hostileString },
      ),
    );
  }
  return nullable(scalarValue(inner.name, name, parent, pools));
}

/** Vocabulary names of the API and the pool of their codes. */
const VOCABULARIES = [
  ['PHASE', 'phases'],
  ['TYPE', 'types'],
  ['AUDIENCE', 'audiences'],
  ['SECTOR', 'sectors'],
  ['TAG', 'tags'],
] as const;

/** Inputs whose services need (nearly) every field: all fields are given in valid mode. */
const COMPLETE = /^(Create|Submit|Register)/;

function validValueOf(type: GraphQLInputType, name: string, parent: string, pools: FuzzPools, depth: number): fc.Arbitrary<unknown> {
  const required = isNonNullType(type) || COMPLETE.test(parent);
  const inner = getNullableType(type) as GraphQLInputType;
  const optional = (arbitrary: fc.Arbitrary<unknown>) => (required ? arbitrary : fc.option(arbitrary, { nil: undefined, freq: 3 }));
  if (isListType(inner)) return optional(fc.uniqueArray(validValueOf(inner.ofType, name, parent, pools, depth + 1), { minLength: 1, maxLength: 3, selector: (v) => JSON.stringify(v) }));
  if (isEnumType(inner)) {
    const values = inner.getValues().map((v) => v.value as string);
    // New instruments start as IDEA or AVAILABLE; other statuses are for changes.
    const starts = name === 'status' && /^(Create|Accept)/.test(parent) ? ['IDEA', 'AVAILABLE'] : values;
    return optional(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...starts) }, { weight: 1, arbitrary: fc.constantFrom(...values) }));
  }
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const model = Object.fromEntries(fields.map((f) => [f.name, validValueOf(f.type, f.name, inner.name, pools, depth + 1)]));
    const record = fc.record(model, { requiredKeys: fields.filter((f) => isNonNullType(f.type) || COMPLETE.test(inner.name)).map((f) => f.name) });
    if (!inner.getFields().vocabulary) return optional(record);
    // A code of the vocabulary named; for a reorder, all its codes in a new order.
    return optional(
      fc.constantFrom(...VOCABULARIES).chain(([vocabulary, pool]) =>
        record.chain((r): fc.Arbitrary<unknown> => {
          const codes = pools.codes[pool];
          if (inner.getFields().codes) return fc.shuffledSubarray(codes, { minLength: codes.length, maxLength: codes.length }).map((c) => ({ ...(r as object), vocabulary, codes: c }));
          return fc.oneof(fc.constantFrom(...codes), fc.stringMatching(/^[A-Z]{3,8}$/)).map((code) => ({ ...(r as object), vocabulary, code }));
        }),
      ),
    );
  }
  const only = (values: string[], fallback: fc.Arbitrary<string>) => (values.length ? fc.constantFrom(...values) : fallback);
  const words = fc.lorem({ maxCount: 8 }).map((w) => `${w} samen leren`);
  let arbitrary: fc.Arbitrary<unknown>;
  switch (inner.name === 'ID' || inner.name === 'String' ? name : inner.name) {
    case 'Int':
      arbitrary = name === 'score' || name === 'usefulness' ? fc.integer({ min: 1, max: 5 }) : name === 'version' ? fc.integer({ min: 1, max: 3 }) : fc.integer({ min: 1, max: 50 });
      break;
    case 'Float':
      arbitrary = fc.double({ min: 1, max: 5, noNaN: true });
      break;
    case 'Boolean':
      arbitrary = fc.boolean();
      break;
    case 'id':
      arbitrary = only(idPool(parent, pools), fc.uuid());
      break;
    case 'pilotId':
      arbitrary = only(pools.pilotIds, fc.uuid());
      break;
    case 'memberId':
      arbitrary = only(pools.accountIds, fc.uuid());
      break;
    case 'phaseCode':
      arbitrary = only(pools.codes.phases, words);
      break;
    case 'collectionId':
      arbitrary = only(pools.collectionIds, fc.uuid());
      break;
    case 'token':
      arbitrary = only(pools.unsubscribeTokens, words);
      break;
    case 'startsOn':
    case 'endsOn':
      // Real dates, and ones that only look like dates (2026-02-30).
      arbitrary = fc.oneof(fc.constantFrom('2026-01-01', '2026-12-31', '2026-02-30', '0000-01-01'), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
      break;
    case 'instrumentId':
    case 'derivedFromId':
    case 'replacedById':
      arbitrary = only(pools.instrumentIds, fc.uuid());
      break;
    case 'periodFrom':
    case 'periodTo':
      // Months as practice reports give them (2026-01), and ones that only look like months.
      arbitrary = fc.oneof(fc.constantFrom('2025-09', '2026-01', '2026-13'), fc.stringMatching(/^\d{4}-\d{2}$/));
      break;
    case 'whatWeDid':
    case 'whatItYielded':
    case 'whatWeWouldChange':
      arbitrary = words.map((w) => `${w}, zo ging het in de praktijk`);
      break;
    case 'ratingId':
      arbitrary = only(pools.ratingIds, fc.uuid());
      break;
    case 'accountId':
      arbitrary = only(pools.accountIds, fc.uuid());
      break;
    case 'slug':
      arbitrary = fc.oneof(only(pools.slugs, fc.constant('x')), fc.stringMatching(/^[a-z]{3,8}-[a-z0-9]{3,8}$/));
      break;
    case 'phases':
    case 'phase':
      arbitrary = only(pools.codes.phases, words);
      break;
    case 'sectors':
    case 'sector':
      arbitrary = only(pools.codes.sectors, words);
      break;
    case 'audiences':
      arbitrary = only(pools.codes.audiences, words);
      break;
    case 'tags':
      arbitrary = only(pools.codes.tags, words);
      break;
    case 'type':
    case 'types':
      arbitrary = only(pools.codes.types, words);
      break;
    case 'code':
    case 'codes':
      arbitrary = fc.oneof(only(Object.values(pools.codes).flat(), words), fc.stringMatching(/^[A-Z]{3,8}(_[A-Z0-9]{2,5})?$/));
      break;
    case 'email':
      arbitrary = /SignIn/.test(parent) && pools.emails.length ? fc.constantFrom(...pools.emails) : fc.emailAddress().filter((e) => e.length < 100);
      break;
    case 'contactEmail':
      arbitrary = fc.emailAddress().filter((e) => e.length < 100);
      break;
    case 'url':
      arbitrary = fc.webUrl({ validSchemes: ['https'] }).filter((u) => u.length < 500);
      break;
    case 'language':
      arbitrary = fc.constantFrom('nl', 'en');
      break;
    case 'password':
      arbitrary = fc.constantFrom('een lang wachtwoord', 'correct horse battery');
      break;
    default:
      arbitrary = words;
  }
  return optional(arbitrary);
}

/** The ids an input's `id` names, by the input's type name. */
function idPool(parent: string, pools: FuzzPools): string[] {
  if (/PracticeReport/.test(parent)) return pools.practiceReportIds;
  if (/FileEdition|ProposalAttachment/.test(parent)) return pools.fileEditionIds;
  if (/InstrumentFile/.test(parent)) return pools.instrumentFileIds;
  if (/Proposal/.test(parent)) return pools.proposalIds;
  if (/Pilot/.test(parent)) return pools.pilotIds;
  if (/Collection/.test(parent)) return pools.collectionIds;
  if (/Unfollow/.test(parent)) return pools.followIds;
  return pools.instrumentIds;
}

function pick(values: string[]): fc.Arbitrary<string> {
  return values.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: hostileString }) : hostileString;
}

function scalarValue(scalar: string, name: string, parent: string, pools: FuzzPools): fc.Arbitrary<unknown> {
  if (scalar === 'Boolean') return fc.oneof(fc.boolean(), fc.constant('true' as unknown));
  if (scalar === 'Float') return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 10 }), fc.constantFrom(0, 1, 5, 5.0001, -1, 1e308));
  if (scalar === 'Int') {
    if (name === 'score') return fc.integer({ min: -1, max: 7 });
    if (name === 'version') return fc.integer({ min: 0, max: 6 });
    return intArb;
  }
  // ID and String: by field name.
  const all = Object.values(pools.codes).flat();
  switch (name) {
    case 'id':
      return pick(idPool(parent, pools));
    case 'pilotId':
      return pick(pools.pilotIds);
    case 'instrumentId':
      return pick(pools.instrumentIds);
    case 'ratingId':
      return pick(pools.ratingIds);
    case 'phaseCode':
      return pick(pools.codes.phases);
    case 'collectionId':
      return pick(pools.collectionIds);
    case 'token':
      return pick(pools.unsubscribeTokens);
    case 'accountId':
      return pick(pools.accountIds);
    case 'slug':
      return fc.oneof(pick(pools.slugs), fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/));
    case 'phases':
    case 'phase':
      return pick(pools.codes.phases);
    case 'sectors':
    case 'sector':
      return pick(pools.codes.sectors);
    case 'audiences':
      return pick(pools.codes.audiences);
    case 'tags':
      return pick(pools.codes.tags);
    case 'type':
    case 'types':
      return pick(pools.codes.types);
    case 'code':
    case 'codes':
      return fc.oneof(pick(all), fc.stringMatching(/^[A-Z][A-Z0-9]{0,10}(_[A-Z0-9]{1,6})?$/));
    case 'email':
    case 'contactEmail':
      return fc.oneof(fc.emailAddress(), fc.constantFrom('lid@example.org', 'curator@example.org'), hostileString);
    case 'url':
      return fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', 'http://'), hostileString);
    case 'language':
      return fc.oneof(fc.constantFrom('nl', 'en', 'de', 'NL'), hostileString);
    case 'password':
      return fc.oneof(fc.string({ minLength: 0, maxLength: 140 }), fc.constant('een lang wachtwoord'));
    default:
      return fc.oneof({ weight: 3, arbitrary: fc.lorem({ maxCount: 12 }) }, { weight: 2, arbitrary: hostileString });
  }
}

/** The scalar fields of a return type, for a selection set (nested objects get their id or __typename). */
export function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isScalarType(type) || isEnumType(type)) return '';
  if (!isObjectType(type)) return '{ __typename }';
  const scalars = Object.values(type.getFields())
    .filter((f) => f.args.length === 0)
    .filter((f) => {
      const named = getNamedType(f.type);
      return isScalarType(named) || isEnumType(named);
    })
    .map((f) => f.name);
  const edges = type.getFields().edges ? ' totalCount edges { cursor node { __typename } }' : '';
  return `{ __typename ${scalars.filter((s) => s !== 'totalCount').join(' ')}${edges} }`;
}

export interface Operation {
  name: string;
  document: string;
  args: readonly GraphQLArgument[];
}

/** One operation per root field, every argument a variable. */
export function operationsOf(schema: GraphQLSchema, kind: 'query' | 'mutation'): Operation[] {
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  return Object.values(root.getFields()).map((field) => {
    const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
    return {
      name: field.name,
      args: field.args,
      document: `${kind}${defs ? ` (${defs})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selectionFor(field)} }`,
    };
  });
}

/** Half the time plausible values throughout, half the time anything. */
export function variablesOf(operation: Operation, parent: string, pools: FuzzPools): fc.Arbitrary<Record<string, unknown>> {
  const build = (valid: boolean) =>
    fc.record(Object.fromEntries(operation.args.map((a) => [a.name, valueOf(a.type, a.name, parent, pools, 0, valid)])), { requiredKeys: [] });
  return fc.oneof(build(true), build(false));
}

/** Codes a client may see; anything else (INTERNAL_SERVER_ERROR above all) fails the property. */
export const EXPECTED_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
]);

export interface Sent {
  status: number;
  codes: string[];
  data: Record<string, unknown> | null | undefined;
}

export async function send(url: string, query: string, variables: Record<string, unknown>, cookie?: string): Promise<Sent> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`Not JSON (HTTP ${response.status}): ${text.slice(0, 300)}`);
  }
  return { status: response.status, codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'NONE'), data: body.data };
}
