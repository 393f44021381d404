import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Article } from '../model/article.js';
import { formatArticleMarkdown } from './article-markdown.js';
import { articleForTests, highlightForTests } from './export-test-fixtures.js';

const markdown = new MarkdownIt();
type Token = ReturnType<typeof markdown.parse>[number];

const TEXT = [
  'The four leaders also agreed on the dispatch of an EU monitoring mission to Armenia’s border with Azerbaijan.',
  'A senior Armenian lawmaker, Armen Khachatrian, on Monday lambasted the CSTO for not providing any military aid to Armenia.',
  '“Why is there no reaction to the aggression against a [CSTO] member state?” he told a meeting.',
].join('\n\n');

const article = (overrides: Partial<Article> = {}): Article => articleForTests(TEXT, { contentHash: '0'.repeat(64), ...overrides });
const highlight = highlightForTests;

/** The front matter (parsed as YAML) and the Markdown body of an export. */
function splitExport(output: string): { frontMatter: Record<string, unknown>; body: string } {
  expect(output.startsWith('---\n')).toBe(true);
  const end = output.indexOf('\n---\n', 4);
  expect(end).toBeGreaterThan(0);
  return { frontMatter: parse(output.slice(4, end + 1)) as Record<string, unknown>, body: output.slice(end + 5) };
}

/** The text of each top-level block quote as rendered: paragraphs joined by "\n\n", hard breaks as "\n". */
function renderedQuotes(body: string): string[] {
  const tokens = markdown.parse(body, {});
  const quotes: string[] = [];
  let depth = 0;
  let paragraphs: string[] = [];
  for (const token of tokens) {
    if (token.type === 'blockquote_open' && depth++ === 0) paragraphs = [];
    else if (token.type === 'blockquote_close' && --depth === 0) quotes.push(paragraphs.join('\n\n'));
    else if (depth > 0 && token.type === 'inline') paragraphs.push(inlineText(token));
    else if (depth > 0 && token.type !== 'paragraph_open' && token.type !== 'paragraph_close') {
      throw new Error(`unexpected ${token.type} inside a quote`);
    }
  }
  return quotes;
}

function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((child) => {
      if (child.type === 'text') return child.content;
      if (child.type === 'hardbreak') return '\n';
      throw new Error(`quote text became ${child.type}`);
    })
    .join('');
}

describe('formatArticleMarkdown', () => {
  it('writes front matter, the title and each claim in reading order', () => {
    const claims = [
      highlight(TEXT, '“Why is there no reaction to the aggression against a [CSTO] member state?”', {
        claimant: 'Armen Khachatrian',
        tags: ['CSTO', 'Armenia'],
        note: 'Rhetorical question.',
      }),
      highlight(TEXT, 'lambasted the CSTO for not providing any military aid to Armenia', {
        claimant: 'Armen Khachatrian',
        tags: ['csto', 'military aid', 'region/caucasus'],
        note: '',
      }),
    ];
    const output = formatArticleMarkdown(article({ url: 'https://www.azatutyun.am/a/32110000.html', publishedTime: '2022-10-31' }), claims);
    const { frontMatter, body } = splitExport(output);
    expect(frontMatter).toEqual({
      title: 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit',
      source: 'seed-article.txt',
      url: 'https://www.azatutyun.am/a/32110000.html',
      imported: '2022-11-01T10:00:00.000Z',
      published: '2022-10-31',
      // In reading order, the first spelling of each tag (case-insensitively) wins, in its Markdown form.
      tags: ['csto', 'military-aid', 'region/caucasus', 'Armenia'],
      content_hash: '0'.repeat(64),
      research_notes_id: 'a1',
    });
    expect(body).toContain('# Putin Reportedly Keen To Host Another Armenian-Azeri Summit\n');
    expect(renderedQuotes(body)).toEqual([
      'lambasted the CSTO for not providing any military aid to Armenia',
      '“Why is there no reaction to the aggression against a [CSTO] member state?”',
    ]);
    expect(body).toContain('**Claimant:** Armen Khachatrian');
    expect(body).toContain('#csto #military-aid #region/caucasus');
    expect(body).toContain('#CSTO #Armenia');
    expect(body).toContain('**Note:** Rhetorical question.');
    expect(body.indexOf('lambasted')).toBeLessThan(body.indexOf('Rhetorical'));
  });

  it('writes a tag with spaces the same way in the front matter and the body, so Obsidian sees one tag', () => {
    const claims = [highlight(TEXT, 'EU monitoring mission', { tags: ['Zangezur corridor', 'zangezur-corridor', 'CSTO'] })];
    const { frontMatter, body } = splitExport(formatArticleMarkdown(article(), claims));
    expect(frontMatter['tags']).toEqual(['Zangezur-corridor', 'CSTO']);
    const hashtags = body.match(/#[^\s#]+/g)!.filter((tag) => !tag.startsWith('#^'));
    for (const tag of frontMatter['tags'] as string[]) expect(hashtags).toContain(`#${tag}`);
  });

  it('lists the article\'s own tags first, then its highlights\'', () => {
    const claims = [highlight(TEXT, 'EU monitoring mission', { tags: ['CSTO', 'peace talks'] })];
    const { frontMatter } = splitExport(formatArticleMarkdown(article({ articleTags: ['Peace talks', 'South Caucasus'] }), claims));
    expect(frontMatter['tags']).toEqual(['Peace-talks', 'South-Caucasus', 'CSTO']);
  });

  it('leaves out url, published and empty fields, and writes an empty tag list', () => {
    const output = formatArticleMarkdown(article(), [highlight(TEXT, 'EU monitoring mission')]);
    const { frontMatter, body } = splitExport(output);
    expect(frontMatter).toEqual({
      title: 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit',
      source: 'seed-article.txt',
      imported: '2022-11-01T10:00:00.000Z',
      tags: [],
      content_hash: '0'.repeat(64),
      research_notes_id: 'a1',
    });
    expect(body).not.toContain('Claimant');
    expect(body).not.toContain('Note');
    expect(renderedQuotes(body)).toEqual(['EU monitoring mission']);
  });

  it('carries the evidence: the original’s SHA-256 and the capture time', () => {
    const { frontMatter } = splitExport(formatArticleMarkdown(article({ originalSha256: 'a'.repeat(64), capturedAt: '2026-12-01T10:00:00.000Z' }), []));
    expect(frontMatter).toMatchObject({ sha256: 'a'.repeat(64), captured: '2026-12-01T10:00:00.000Z', content_hash: '0'.repeat(64) });
  });

  it('keeps a quote across paragraphs inside one block quote', () => {
    const quote = 'member state?” he told a meeting.';
    const across = highlight(TEXT, 'military aid to Armenia.\n\n“Why is there');
    const { body } = splitExport(formatArticleMarkdown(article(), [across, highlight(TEXT, quote)]));
    expect(renderedQuotes(body)).toEqual(['military aid to Armenia.\n\n“Why is there', quote]);
  });

  it('orders by where the quote anchors now, even when a stored position is stale', () => {
    const early = highlight(TEXT, 'EU monitoring mission');
    const late = highlight(TEXT, 'he told a meeting');
    const stale = { ...early, target: { ...early.target, position: { ...early.target.position, start: 9_000, end: 9_021 } } };
    const { body } = splitExport(formatArticleMarkdown(article(), [late, stale]));
    expect(renderedQuotes(body)).toEqual(['EU monitoring mission', 'he told a meeting']);
  });

  it('survives hostile article text, titles, claimants, tags and notes', () => {
    const hostileText = [
      '---\ntitle: injected\n---',
      '# Heading? > quote? * list? `code` [[wiki]] | table | <script>alert(1)</script>',
      '1. ordered\n- bullet\n    indented code\n```\nfence',
      '&amp; ~~strike~~ **bold** _em_ ![img](x) [link](javascript:alert(1)) \\ backslash',
      'x'.repeat(5000),
    ].join('\n\n');
    const hostileTitle = 'Title\n---\nurl: "https://evil.example"\n# injected heading';
    const claims = [
      highlight(hostileText, '---\ntitle: injected\n---\n\n# Heading? > quote? * list? `code` [[wiki]] | table | <script>alert(1)</script>', {
        claimant: 'Eve\n---\n> *not quoted*',
        tags: ['x]] [[y', 'two words', '#hash', '---'],
        note: 'line one\n---\n# not a heading\n\n> not a quote\n```\nnot code\n|a|b|\n|-|-|\n|1|2|',
      }),
      highlight(hostileText, '1. ordered\n- bullet\n    indented code\n```\nfence\n\n&amp; ~~strike~~ **bold** _em_ ![img](x) [link](javascript:alert(1)) \\ backslash'),
      highlight(hostileText, 'x'.repeat(5000)),
    ];
    const output = formatArticleMarkdown(article({ title: hostileTitle, text: hostileText, source: 'evil"\n---.html' }), claims);
    const { frontMatter, body } = splitExport(output);
    expect(frontMatter['title']).toBe(hostileTitle);
    expect(frontMatter['source']).toBe('evil"\n---.html');
    expect(frontMatter['url']).toBeUndefined();
    // The same names as the body's hashtags; a tag with nothing usable ("---") is left out of both.
    expect(frontMatter['tags']).toEqual(['x-y', 'two-words', 'hash']);

    const tokens = markdown.parse(body, {});
    const blockTypes = tokens.filter((token) => token.level === 0 && !token.type.endsWith('_close')).map((token) => token.type);
    // One heading, then per highlight a quote and paragraphs; nothing else at the top level.
    expect(blockTypes.filter((type) => type === 'heading_open')).toHaveLength(1);
    expect(blockTypes.filter((type) => type === 'blockquote_open')).toHaveLength(3);
    expect(blockTypes.every((type) => ['heading_open', 'blockquote_open', 'paragraph_open'].includes(type))).toBe(true);
    expect(tokens.some((token) => ['fence', 'code_block', 'html_block', 'table_open', 'hr', 'bullet_list_open', 'ordered_list_open'].includes(token.type))).toBe(false);
    const inlineKinds = new Set(tokens.flatMap((token) => (token.children ?? []).map((child) => child.type)));
    for (const kind of inlineKinds) expect(['text', 'softbreak', 'hardbreak', 'strong_open', 'strong_close']).toContain(kind);
    expect(tokens.find((token) => token.type === 'heading_open' && token.level === 0)?.tag).toBe('h1');

    // Quote text reads back as written, line breaks included (leading indentation is dropped).
    expect(renderedQuotes(body)).toEqual(claims.map((claim) => claim.target.quote.exact.replace(/\n +/g, '\n')));
    // The only strong text is our own labels.
    const strongTexts = tokens.flatMap((token) => {
      const children = token.children ?? [];
      return children.flatMap((child, index) => (child.type === 'strong_open' ? [children[index + 1]!.content] : []));
    });
    expect(strongTexts).toEqual(['Meaning:', 'Claimant:', 'Note:', 'Meaning:', 'Meaning:']);
    expect(body).toContain('#x-y #two-words #hash\n');
  });
});
