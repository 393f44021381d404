import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './escape-markdown.js';

const markdown = new MarkdownIt();

/** What a reader sees: the rendered paragraph's text, tags removed and entities decoded. */
function renderedText(source: string): string {
  const tokens = markdown.parse(source, {});
  // Anything but one plain paragraph means the text was turned into structure.
  expect(tokens.map((token) => token.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
  const inline = tokens[1]!;
  expect(inline.children!.every((child) => child.type === 'text' || child.type === 'softbreak')).toBe(true);
  return inline.children!.map((child) => (child.type === 'softbreak' ? '\n' : child.content)).join('');
}

describe('escapeMarkdown', () => {
  it.each([
    'Plain words, with “typographic quotes” and Armenian-Azerbaijani hyphens.',
    '# Not a heading',
    '## Not a heading either ##',
    '> not a quote',
    '- not a list',
    '+ not a list',
    '* not a list',
    '1. not an ordered list',
    '2022) not an ordered list either',
    '--- not a rule',
    '***',
    '=== not a setext underline',
    '```js not a fence',
    '~~~ not a fence',
    '    indented, not code',
    '| not | a | table |',
    '*not emphasis* and _not emphasis_ and **not bold** and __not bold__',
    '`not code` and ``not code``',
    '[not a link](http://example.com) and ![not an image](x.png)',
    '[[Not a wiki link]] and [^not a footnote]',
    '<script>alert(1)</script> and <b>not html</b> and <http://not.an.autolink>',
    'a\\b\\\\c ends with a backslash\\',
    '&amp; and &#42; and &copy; stay literal, & alone too',
    '~~not struck~~ and ==not highlighted== and $not math$ and #not-a-tag',
    '!important',
  ])('renders %j as the same text', (text) => {
    expect(renderedText(escapeMarkdown(text))).toBe(text.trim());
  });

  it('keeps line breaks and escapes structure at the start of every line', () => {
    const text = 'first line\n# second\n- third\n> fourth';
    const escaped = escapeMarkdown(text);
    expect(escaped.split('\n')).toHaveLength(4);
    expect(renderedText(escaped)).toBe(text);
  });

  it('leaves hyphenated words and exclamations readable', () => {
    expect(escapeMarkdown('Armenian-Azerbaijani talks! Really.')).toBe('Armenian-Azerbaijani talks! Really.');
  });
});
