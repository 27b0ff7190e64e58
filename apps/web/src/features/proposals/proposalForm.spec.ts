import { describe, expect, it } from '@jest/globals';
import { INSTRUMENT_FIELD_NAMES } from '#domain';
import { emptyProposal, proposalInput } from './proposalForm';

describe('the proposal form', () => {
  it('holds and sends every field of the definition in libs/domain, and the motivation', () => {
    const missing = (object: object) => [...INSTRUMENT_FIELD_NAMES, 'motivation'].filter((name) => !(name in object));
    expect(missing(emptyProposal())).toEqual([]);
    expect(missing(proposalInput({ ...emptyProposal(), motivation: ' Omdat het werkt. ' }))).toEqual([]);
    expect(proposalInput({ ...emptyProposal(), motivation: ' Omdat het werkt. ' })).toMatchObject({ motivation: 'Omdat het werkt.', origin: 'EXISTING', language: 'nl', contactEmail: null });
  });
});
