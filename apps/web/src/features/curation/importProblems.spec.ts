import { describe, expect, it } from '@jest/globals';
import type { ImportProblem } from '#domain';
import { createInstance } from 'i18next';
import { curationMessages } from './i18n';
import { importProblemText } from './importProblems';

async function translator(lng: 'nl' | 'en') {
  const i18n = createInstance();
  await i18n.init({ lng, resources: { [lng]: { curation: curationMessages[lng] } }, defaultNS: 'curation', interpolation: { escapeValue: false } });
  return (problem: Omit<ImportProblem, 'row' | 'column'>) => importProblemText(i18n.t, lng, { row: 2, column: 'x', ...problem });
}

describe('importProblemText', () => {
  it('words a code with its values, with status and vocabulary names in the language', async () => {
    const nl = await translator('nl');
    expect(nl({ code: 'STATUS_STEP', params: { slug: 'a', from: 'IDEA', to: 'PILOTING', allowed: 'IN_DESIGN, RETIRED' }, problem: '' })).toBe(
      '“a” kan niet in één stap van Idee naar In pilot; wel naar: In ontwerp, Vervallen.',
    );
    expect(nl({ code: 'STATUS_STEP', params: { slug: 'a', from: 'RETIRED', to: 'IDEA', allowed: '' }, problem: '' })).toBe('“a” is vervallen en blijft vervallen.');
    expect(nl({ code: 'CODE_CASE', params: { vocabulary: 'sector', value: 'hbo', suggestion: 'HBO' }, problem: '' })).toBe(
      'onbekende code “hbo” voor sector; bedoel je “HBO”?',
    );
    const en = await translator('en');
    expect(en({ code: 'CODE_CASE', params: { vocabulary: 'tag', value: 'x', suggestion: 'X' }, problem: '' })).toBe('unknown theme code “x”; did you mean “X”?');
  });

  it('words a broken field rule with its limits, and plural where a count decides', async () => {
    const nl = await translator('nl');
    expect(nl({ code: 'INVALID_VALUE', params: { rule: 'length', min: 3, max: 160 }, problem: '' })).toBe('moet 3 tot 160 tekens hebben.');
    expect(nl({ code: 'INVALID_VALUE', params: { rule: 'minItems', min: 1 }, problem: '' })).toBe('heeft minstens één waarde nodig.');
    expect(nl({ code: 'INVALID_VALUE', params: { rule: 'minItems', min: 2 }, problem: '' })).toBe('heeft minstens 2 waarden nodig.');
  });

  it('falls back to the API’s English text for a code it does not know', async () => {
    const nl = await translator('nl');
    const unknown = { code: 'SOMETHING_NEW', params: {}, problem: 'something new went wrong' } as unknown as ImportProblem;
    expect(nl(unknown)).toBe('something new went wrong');
  });
});
