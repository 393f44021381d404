import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatArticleMarkdown } from './article-markdown.js';
import { articleForTests, highlightForTests } from './export-test-fixtures.js';
import { findUnknownPlaceholders, renderHighlightTemplate, DEFAULT_HIGHLIGHT_TEMPLATE, HIGHLIGHT_PLACEHOLDERS } from './highlight-template.js';
import { KEPT_NOTES_MARKER } from './kept-notes-marker.js';
import { splitKeptNotes } from './split-kept-notes.js';

const markdown = new MarkdownIt();
const TEXT = 'Armen Khachatrian lambasted the CSTO.\n\nThe CSTO said nothing.\n\nՀայաստանը պահանջում է պատասխան. العربية نص';

function split(output: string): { frontMatter: Record<string, unknown>; body: string } {
  const end = output.indexOf('\n---\n', 4);
  return { frontMatter: parse(output.slice(4, end + 1)) as Record<string, unknown>, body: output.slice(end + 5) };
}

/** Top-level paragraphs' rendered text, in order. */
function paragraphs(body: string): string[] {
  const tokens = markdown.parse(body, {});
  return tokens.flatMap((token, index) => (token.type === 'paragraph_open' && token.level === 0 ? [tokens[index + 1]!.content] : []));
}

describe('formatArticleMarkdown with the workspace fields', () => {
  const claim = highlightForTests(TEXT, 'lambasted the CSTO', {
    id: '1a2b3c4d-0000-4000-8000-000000000001',
    claimant: 'Armen Khachatrian',
    color: 'green',
    tags: ['Actors/CSTO', 'military aid'],
    note: 'First line\nsecond line',
    claim: { claimantRole: 'MP', about: 'CSTO', kind: 'accusation', madeOn: '2022-10-31', quoteKind: 'direct' },
    grading: { reliability: 'B', credibility: '2' },
    links: [
      { id: 'l1', relation: 'contradicts', direction: 'outgoing', other: { articleId: 'a1', highlightId: '9f8e7d6c-0000-4000-8000-000000000002' }, createdAt: '2022-11-01T10:00:00.000Z' },
      { id: 'l2', relation: 'supports', direction: 'incoming', other: { articleId: 'other', highlightId: 'abcdef12-0000' }, createdAt: '2022-11-01T10:00:00.000Z' },
    ],
  });
  const reply = highlightForTests(TEXT, 'The CSTO said nothing.', { id: '9f8e7d6c-0000-4000-8000-000000000002' });
  const article = articleForTests(TEXT, { byline: 'Jane Roe', siteName: 'Azatutyun', pageStarts: [0, 39] } as never);

  it('writes authors, site, content hash and id in the front matter', () => {
    const { frontMatter } = split(formatArticleMarkdown(article, [claim, reply]));
    expect(frontMatter).toMatchObject({ authors: ['Jane Roe'], site: 'Azatutyun', content_hash: 'f'.repeat(64), research_notes_id: 'a1', tags: ['Actors/CSTO', 'military-aid'] });
  });

  it('writes meaning, page, claimant, claim fields, grading, tags, note, links and block ids', () => {
    const { body } = split(formatArticleMarkdown(article, [reply, claim], { linkToHighlight: (ref) => (ref.articleId === 'other' ? `Other note#^h-abcdef12` : null) }));
    expect(paragraphs(body)).toEqual([
      '^h-1a2b3c4d',
      '**Meaning:** evidence',
      '**Page:** 1',
      '**Claimant:** Armen Khachatrian',
      '**Role:** MP',
      '**About:** CSTO',
      '**Kind:** accusation',
      '**Made on:** 2022-10-31',
      '**Quote:** direct',
      '**Grading:** B2',
      '#Actors/CSTO #military-aid',
      '**Note:** First line\\\nsecond line',
      '**Related:** Contradicts [[#^h-9f8e7d6c]], Supported by [[Other note#^h-abcdef12]]',
      '^h-9f8e7d6c',
      '**Meaning:** claim',
      '**Page:** 2',
      KEPT_NOTES_MARKER,
    ]);
  });

  it('renders a user template, escaping values and never expanding placeholders inside them', () => {
    const sneaky = highlightForTests(TEXT, 'The CSTO said nothing.', { id: 'cafe0001-x', note: '{{quote}} # not a heading', claimant: '**Eve**' });
    const output = formatArticleMarkdown(article, [sneaky], { template: '- {{claimant}}: {{note}} {{blockId}}\n\n{{ quote }}\n\nUnknown: {{nothing}}' });
    const { body } = split(output);
    expect(body).toContain('- \\*\\*Eve\\*\\*: {{quote}} \\# not a heading ^h-cafe0001\n\n> The CSTO said nothing.');
    expect(body).not.toContain('Unknown');
    const tokens = markdown.parse(body, {});
    expect(tokens.filter((token) => token.type === 'bullet_list_open')).toHaveLength(1);
    expect(tokens.some((token) => token.type === 'strong_open' || token.type === 'heading_open' && token.tag !== 'h1')).toBe(false);
  });

  it('reproduces the default output with the default template, and flags unknown placeholders', () => {
    expect(formatArticleMarkdown(article, [claim, reply], { template: DEFAULT_HIGHLIGHT_TEMPLATE })).toBe(formatArticleMarkdown(article, [claim, reply]));
    expect(findUnknownPlaceholders('{{quote}} {{ colour }} {{note}} {{x}}')).toEqual(['colour', 'x']);
    const values = Object.fromEntries(HIGHLIGHT_PLACEHOLDERS.map((name) => [name, ''])) as Record<(typeof HIGHLIGHT_PLACEHOLDERS)[number], string>;
    expect(renderHighlightTemplate('A {{note}}\nB\n\n\n\nC {{quote}} {{tags}}', { ...values, tags: '#x' })).toBe('B\n\nC  #x');
  });

  it('keeps the notes below the marker, and finds them again', () => {
    const kept = 'My own analysis.\n\n# with a heading\n';
    const output = formatArticleMarkdown(article, [claim], { keptNotes: kept });
    expect(output.endsWith(`\n${KEPT_NOTES_MARKER}\n${kept}`)).toBe(true);
    expect(splitKeptNotes(output)).toBe(kept);
    expect(splitKeptNotes(output.replace(/\n/g, '\r\n'))).toBe(kept);
    expect(splitKeptNotes('no marker here')).toBeNull();
  });

  it('keeps right-to-left text and very long lines inside their quote', () => {
    const rtl = highlightForTests(TEXT, 'Հայաստանը պահանջում է պատասխան. العربية نص');
    const long = 'x'.repeat(20_000);
    const longArticle = articleForTests(`${TEXT}\n\n${long}`);
    const { body } = split(formatArticleMarkdown(longArticle, [rtl, highlightForTests(longArticle.text, long)]));
    const tokens = markdown.parse(body, {});
    expect(tokens.filter((token) => token.type === 'blockquote_open')).toHaveLength(2);
    const quoted = tokens.filter((token) => token.type === 'inline' && token.level === 2).map((token) => token.content);
    expect(quoted).toEqual(['Հայաստանը պահանջում է պատասխան. العربية نص', long]);
  });
});
