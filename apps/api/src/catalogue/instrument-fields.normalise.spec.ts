import { describe, expect, it } from '@jest/globals';
import { REQUIRED_FIELD_NAMES } from '#domain';
import { DomainError } from '../common/domain-error.js';
import { VocabularySnapshot, type StoredTerm } from '../vocabularies/vocabulary.service.js';
import { checkTermCodes, normaliseFields, requireFields, termIds } from './instrument-fields.normalise.js';

const term = (id: number, code: string): StoredTerm => ({ id, code, labelNl: code, labelEn: code, position: id, hidden: false });
const vocabulary = new VocabularySnapshot({
  phase: [term(1, 'EXPLORE'), term(2, 'EVALUATE')],
  type: [term(3, 'tool')],
  audience: [term(4, 'student')],
  sector: [],
  tag: [],
});

function inputError(work: () => unknown): { message: string; fields: readonly string[] | undefined } {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') return { message: error.message, fields: error.fields };
    throw error;
  }
  throw new Error('no input error');
}

describe('normaliseFields', () => {
  it('trims texts, clears empty optional texts to null, keeps each code once and trims links', () => {
    expect(
      normaliseFields({
        title: '  Reflectiekaart ',
        description: '  ',
        contactName: '   ',
        licence: null,
        timeNeeded: ' 1 uur ',
        type: ' tool ',
        phases: ['EXPLORE', 'EXPLORE', 'EVALUATE'],
        links: [{ label: ' Site ', url: ' https://example.org ' }],
      }),
    ).toEqual({
      title: 'Reflectiekaart',
      description: '',
      contactName: null,
      licence: null,
      timeNeeded: '1 uur',
      type: 'tool',
      phases: ['EXPLORE', 'EVALUATE'],
      links: [{ label: 'Site', url: 'https://example.org' }],
    });
  });

  it('leaves out what the input does not give, so that an update changes only that', () => {
    expect(normaliseFields({ summary: 'Kort' })).toEqual({ summary: 'Kort' });
  });
});

describe('checks', () => {
  it('names every missing required field', () => {
    expect(inputError(() => requireFields(normaliseFields({ title: 'Titel' }), REQUIRED_FIELD_NAMES, 'A new instrument'))).toEqual({
      message: 'A new instrument needs summary, type, phases, origin.',
      fields: ['summary', 'type', 'phases', 'origin'],
    });
  });

  it('refuses unknown codes on the field that holds them, the term sets before the type', () => {
    expect(inputError(() => checkTermCodes(vocabulary, { type: 'nope', audiences: ['student', 'x', 'y'] }))).toEqual({
      message: 'Unknown audience code "x", "y".',
      fields: ['audiences'],
    });
    expect(inputError(() => checkTermCodes(vocabulary, { type: 'nope', phases: ['EXPLORE'] }))).toEqual({
      message: 'Unknown type code "nope".',
      fields: ['type'],
    });
    expect(termIds(vocabulary, 'phases', ['EVALUATE', 'EXPLORE'])).toEqual([2, 1]);
  });
});
