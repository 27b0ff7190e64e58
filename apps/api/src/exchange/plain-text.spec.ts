import { describe, expect, it } from '@jest/globals';
import { markdownToText } from './plain-text.js';

describe('markdownToText', () => {
  it('keeps words and paragraphs, drops the marks', () => {
    const markdown = '## Doel\n\nEen **canvas** voor _teams_ met `code`.\n\n> Een citaat\n\n* eerste\n* tweede\n\n---\n\n1. stap één';
    expect(markdownToText(markdown)).toBe('Doel\n\nEen canvas voor teams met code.\n\nEen citaat\n\n- eerste\n- tweede\n\n1. stap één');
  });

  it('keeps a link address after its text, and leaves snake_case and 2*3*4 alone', () => {
    expect(markdownToText('Zie [de handleiding](https://example.org/h "titel") of <https://example.org/>.')).toBe(
      'Zie de handleiding (https://example.org/h) of https://example.org/.',
    );
    expect(markdownToText('een_woord_met_streepjes en 2*3*4')).toBe('een_woord_met_streepjes en 2*3*4');
    expect(markdownToText('\\*geen nadruk\\* <b>vet</b>')).toBe('*geen nadruk* vet');
  });
});
