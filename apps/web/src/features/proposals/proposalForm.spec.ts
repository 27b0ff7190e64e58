import { describe, expect, it } from '@jest/globals';
import { INSTRUMENT_FIELD_NAMES, INSTRUMENT_LIMITS as L } from '#domain';
import { emptyProposal, proposalInput, validateProposal } from './proposalForm';

describe('the proposal form', () => {
  it('holds and sends every field of the definition in libs/domain, and the motivation', () => {
    const missing = (object: object) => [...INSTRUMENT_FIELD_NAMES, 'motivation'].filter((name) => !(name in object));
    expect(missing(emptyProposal())).toEqual([]);
    expect(missing(proposalInput({ ...emptyProposal(), motivation: ' Omdat het werkt. ' }))).toEqual([]);
    expect(proposalInput({ ...emptyProposal(), motivation: ' Omdat het werkt. ' })).toMatchObject({ motivation: 'Omdat het werkt.', origin: 'EXISTING', language: 'nl', contactEmail: null });
  });

  it('checks each optional text against its own maximum, and the e-mail address as one', () => {
    const long = (max: number) => 'x'.repeat(max + 1);
    const problems = validateProposal({
      ...emptyProposal(),
      licence: long(L.licence.max),
      timeNeeded: long(L.timeNeeded.max),
      contactName: 'x'.repeat(L.contactName.max),
      contactEmail: 'geen-adres',
    });
    expect(problems).toMatchObject({
      licence: { key: 'validation.max', values: { max: L.licence.max, count: L.licence.max + 1 } },
      timeNeeded: { key: 'validation.max', values: { max: L.timeNeeded.max, count: L.timeNeeded.max + 1 } },
      contactEmail: { key: 'validation.email' },
    });
    expect(problems).not.toHaveProperty('contactName');
    expect(problems).not.toHaveProperty('ownerOrganisation');
  });
});
