import { randomBytes } from 'node:crypto';
import type { TestApp } from './test-app.js';
import { dataOf } from './test-app.js';

export interface CreatedInstrument {
  id: string;
  slug: string;
  version: number;
  status: string;
}

/** A valid createInstrument input; pass overrides for what a test cares about. */
export function instrumentInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const suffix = randomBytes(3).toString('hex');
  return {
    title: `Testinstrument ${suffix}`,
    summary: 'Een instrument dat alleen in de tests bestaat.',
    description: '## Doel\n\nTesten.',
    phases: ['DEVELOP'],
    type: 'CANVAS',
    audiences: ['TEACHERS'],
    sectors: ['MBO'],
    tags: [],
    origin: 'NETWORK',
    links: [{ label: 'Voorbeeld', url: 'https://example.org/test' }],
    ...overrides,
  };
}

export const CREATE_INSTRUMENT = `mutation ($input: CreateInstrumentInput!) {
  createInstrument(input: $input) { id slug version status }
}`;

export async function createInstrument(
  app: TestApp,
  curatorCookie: string,
  overrides: Record<string, unknown> = {},
): Promise<CreatedInstrument> {
  const data = dataOf(
    await app.gql<{ createInstrument: CreatedInstrument }>(CREATE_INSTRUMENT, { input: instrumentInput(overrides) }, curatorCookie),
  );
  return data.createInstrument;
}
