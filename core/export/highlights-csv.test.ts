import { describe, expect, it } from 'vitest';
import { articleForTests, highlightForTests } from './export-test-fixtures.js';
import { formatHighlightsCsv } from './highlights-csv.js';
import { parseCsv } from '../../tests/support/parse-csv.js';

const TEXT = 'He said "no, never", and left.\n\nA second paragraph follows here.';

describe('formatHighlightsCsv', () => {
  const article = articleForTests(TEXT, { title: 'Title, with "quotes"', url: 'https://example.org/a?x=1,2' });
  const highlights = [
    highlightForTests(TEXT, 'He said "no, never", and left.\n\nA second', {
      claimant: '=HYPERLINK("http://evil.example")',
      tags: ['Actors/CSTO', '+plus'],
      note: '@SUM(1+1)\r\nline two',
      claim: { claimantRole: '-1+2', about: 'CSTO', kind: 'denial', madeOn: null, quoteKind: 'paraphrase' },
      grading: { reliability: 'C', credibility: '3' },
    }),
    highlightForTests(TEXT, 'paragraph follows', { note: '\tTabbed', color: 'blue' }),
  ];

  it('starts with a BOM, ends records with CRLF and parses back to the values', () => {
    const csv = formatHighlightsCsv([{ article, highlights }]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    const header = rows[0]!;
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const first = Object.fromEntries(header.map((name, index) => [name, rows[1]![index]]));
    expect(first).toMatchObject({
      Article: 'Title, with "quotes"',
      URL: 'https://example.org/a?x=1,2',
      Quote: 'He said "no, never", and left.\n\nA second',
      Claimant: `'=HYPERLINK("http://evil.example")`,
      'Claimant role': `'-1+2`,
      About: 'CSTO',
      'Claim kind': 'denial',
      'Made on': '',
      'Quote kind': 'paraphrase',
      Grading: 'C3',
      Meaning: 'claim',
      Tags: 'Actors/CSTO; +plus',
      Note: `'@SUM(1+1)\r\nline two`,
      Created: '2022-11-01T10:00:00.000Z',
      Updated: '2022-11-02T10:00:00.000Z',
      'Article ID': 'a1',
    });
    const second = Object.fromEntries(header.map((name, index) => [name, rows[2]![index]]));
    expect(second).toMatchObject({ Note: `'\tTabbed`, Meaning: 'context', Claimant: '', Grading: '' });
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const rows = parseCsv(formatHighlightsCsv([{ article, highlights }]).slice(1)).slice(1);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
