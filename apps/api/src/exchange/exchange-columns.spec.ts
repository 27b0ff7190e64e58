import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  EXCHANGE_COLUMNS,
  formatCell,
  neutraliseFormula,
  parseLink,
  restoreFormula,
  splitValues,
  type ExchangeRecord,
} from './exchange-columns.js';
import { INSTRUMENT_FIELDS } from '#domain';
import { detectSeparator } from './import-file.js';

describe('formula neutralising', () => {
  it.each(['=1+2', '+31 6 12345678', '-5', '@SUM(A1)', '\tx', '\rx'])('quotes %j on export', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it.each(['gewoon', "'al een quote", '', 'a=b', ' =spatie eerst'])('leaves %j alone', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });

  it.each(['=1+2', "'=1+2", "''=x", "'gewoon", "'", '-', '@', 'a-b', "'-5"])('round-trips %j exactly', (value) => {
    expect(restoreFormula(neutraliseFormula(value))).toBe(value);
  });
});

describe('multi-value cells', () => {
  it('splits at unescaped | and trims', () => {
    expect(splitValues('DEVELOP | EVALUATE|')).toEqual(['DEVELOP', 'EVALUATE']);
    expect(splitValues('a \\| b|c\\\\d')).toEqual(['a | b', 'c\\d']);
    expect(splitValues('')).toEqual([]);
  });

  it('writes links as Label <url> and reads them back, pipes and brackets included', () => {
    const record = {
      links: [
        { label: 'Handleiding | deel <1>', url: 'https://example.org/a?x=1|2' },
        { label: 'Site', url: 'https://example.org/' },
      ],
    } as ExchangeRecord;
    const column = EXCHANGE_COLUMNS.find((c) => c.key === 'links')!;
    const cell = formatCell(column, record);
    expect(splitValues(cell).map(parseLink)).toEqual(record.links);
  });

  it('takes a bare address as its own label and refuses other text', () => {
    expect(parseLink('https://example.org/x')).toEqual({ label: 'https://example.org/x', url: 'https://example.org/x' });
    expect(parseLink('zomaar tekst')).toBeNull();
    expect(parseLink('<https://example.org>')).toBeNull();
  });
});

describe('separator detection', () => {
  it('reads the header line', () => {
    expect(detectSeparator(Buffer.from('slug;titel;samenvatting\na,b;c;d\n'))).toBe(';');
    expect(detectSeparator(Buffer.from('slug,titel,samenvatting\na;b,c,d\n'))).toBe(',');
  });
});

describe('required columns', () => {
  it('are the required fields of the one definition, and no others (the web import help lists these)', () => {
    const required = EXCHANGE_COLUMNS.filter((c) => c.required).map((c) => c.header).sort();
    expect(required).toEqual(INSTRUMENT_FIELDS.filter((f) => f.csv.required).map((f) => f.csv.header).sort());
    expect(required).not.toContain('slug');
  });
});

describe('documentation', () => {
  it("README's column table lists exactly the columns, in file order", () => {
    const readme = readFileSync(path.resolve('README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Export and import'));
    const documented = [...section.matchAll(/^\| `([^`]+)` \| `([^`]+)` \|/gm)].map(([, header, key]) => [header, key]);
    expect(documented).toEqual(EXCHANGE_COLUMNS.map((c) => [c.header, c.key]));
  });
});
