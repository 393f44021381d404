import { describe, expect, it } from 'vitest';
import { formatArticleMarkdown } from './article-markdown.js';
import { csvCell } from './csv-cell.js';
import { articleForTests, highlightForTests } from './export-test-fixtures.js';
import { KEPT_NOTES_MARKER } from './kept-notes-marker.js';

// Obsidian hides everything between two "%%" (a comment); a spreadsheet runs a cell that starts
// with "=", "+", "-" or "@" as a formula, also after leading whitespace.

/** The file without the one "%%" comment the export writes on purpose (the kept-notes marker). */
const withoutMarker = (markdown: string): string => markdown.replace(KEPT_NOTES_MARKER, '');

describe('Markdown export: Obsidian comments', () => {
  const TEXT = 'Growth was 50%% of the forecast, the ministry said.';

  it('escapes "%%" in notes, rich notes, quotes, titles, claimants and link targets', () => {
    const highlights = [
      highlightForTests(TEXT, 'Growth was 50%% of the forecast', { note: 'Check this %% hidden from here %% to here.', claimant: 'The %%ministry' }),
      highlightForTests(TEXT, 'the ministry said', {
        noteDoc: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Up 50%' },
                // Underline has no Markdown form: its text meets the one before it.
                { type: 'text', text: '% this year', marks: [{ type: 'underline' }] },
                { type: 'text', text: ' (source)', marks: [{ type: 'link', attrs: { href: 'https://example.org/a%%b' } }] },
              ],
            },
          ],
        },
      }),
    ];
    const markdown = formatArticleMarkdown(articleForTests(TEXT, { title: 'Budget %% draft' }), highlights);
    expect(withoutMarker(markdown)).not.toMatch(/(^|[^\\])%%/m);
    expect(markdown).toContain('Check this \\%\\% hidden from here \\%\\% to here.');
    expect(markdown).toContain('Up 50\\%\\% this year');
    expect(markdown).toContain('(https://example.org/a%25%25b)');
    // A note cannot fake the marker that re-exports split the file at.
    const faked = formatArticleMarkdown(articleForTests(TEXT), [highlightForTests(TEXT, 'Growth', { note: KEPT_NOTES_MARKER })]);
    expect(faked.split('\n').filter((line) => line.trim() === KEPT_NOTES_MARKER)).toHaveLength(1);
  });
});

describe('CSV export: formulas', () => {
  it.each([
    ['=1+1'],
    ['  =HYPERLINK("http://evil.example")'],
    ['\n=1+1'],
    ['\r\n@SUM(1+1)'],
    ['\u00a0+1'],
    [' \t-2+3'],
    ['\tplain after a tab'],
    ['\rplain after a carriage return'],
    ['\nplain after a line feed'],
  ])('neutralises %j with a leading apostrophe', (value) => {
    const cell = csvCell(value);
    expect(cell.replace(/^"/, '')).toMatch(/^'/);
  });

  it.each([['plain text'], ['1-2'], ['a=b'], ['  indented words']])('leaves %j as it is', (value) => {
    expect(csvCell(value)).toBe(value);
  });
});
