import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client';
import { createInstance } from 'i18next';
import { appMessagesNl } from '../../app/messages';
import { curationMessages } from './i18n';
import { splitWords, synonymErrorText, wordsProblem } from './synonymWords';

async function dutch() {
  const i18n = createInstance();
  await i18n.init({ lng: 'nl', resources: { nl: { curation: curationMessages.nl, app: appMessagesNl } }, defaultNS: 'curation', interpolation: { escapeValue: false } });
  return i18n.t;
}

const graphQLError = (code: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'English message from the API', extensions: { code, ...extensions } }] });

describe('splitWords', () => {
  it('splits on commas, semicolons and new lines; trims, lower-cases, keeps each word once in typed order', () => {
    expect(splitWords(' Samenwerking, coöperatie;PARTNERSCHAP\n  publiek-private   samenwerking ,, samenwerking ')).toEqual([
      'samenwerking',
      'coöperatie',
      'partnerschap',
      'publiek-private samenwerking',
    ]);
    expect(splitWords(' , ; ')).toEqual([]);
  });
});

describe('wordsProblem', () => {
  it('needs 2 to 20 words of at most 60 characters', () => {
    expect(wordsProblem(['a', 'b'])).toBeNull();
    expect(wordsProblem(['a'])?.key).toBe('synonyms.errors.tooFew');
    expect(wordsProblem(Array.from({ length: 21 }, (_, i) => `w${i}`))?.key).toBe('synonyms.errors.tooMany');
    expect(wordsProblem(['a', 'x'.repeat(61)])).toEqual({ key: 'synonyms.errors.word', values: { word: 'x'.repeat(61) } });
  });
});

describe('synonymErrorText', () => {
  it('says in Dutch which word the API refused, by its field', async () => {
    const t = await dutch();
    expect(synonymErrorText(t, graphQLError('BAD_USER_INPUT', { fields: ['words.1'] }), ['goed', 'fout'])).toEqual({
      text: '„fout” kan geen zoekwoord zijn: een woord heeft 1 tot 60 tekens.',
      field: true,
    });
    expect(synonymErrorText(t, graphQLError('BAD_USER_INPUT', { fields: ['words'] }), ['a']).text).toBe(
      'Een groep heeft 2 tot 20 verschillende woorden van elk hoogstens 60 tekens.',
    );
  });

  it('says a word is taken, that a group is gone, and falls back to the app’s messages per code', async () => {
    const t = await dutch();
    expect(synonymErrorText(t, graphQLError('CONFLICT', { fields: ['words'], words: ['pps'] }), ['pps', 'x']).text).toMatch(/^„pps” staat al in een andere groep\./);
    expect(synonymErrorText(t, graphQLError('CONFLICT', { fields: ['words'], words: ['pps', 'x'] }), ['pps', 'x']).text).toMatch(/^„pps”, „x” staan al in een andere groep\./);
    expect(synonymErrorText(t, graphQLError('CONFLICT'), ['pps', 'x']).text).toMatch(/^Een van deze woorden staat al in een andere groep\./);
    expect(synonymErrorText(t, graphQLError('NOT_FOUND'), []).text).toMatch(/^Deze groep bestaat niet meer/);
    expect(synonymErrorText(t, graphQLError('FORBIDDEN'), [])).toEqual({ text: 'Dit mag je met jouw rol niet doen.', field: false });
    expect(synonymErrorText(t, new Error('offline'), [])).toEqual({ text: appMessagesNl.errors.NETWORK, field: false });
  });
});
