import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../model/article.js';
import { markdownFileName } from './markdown-file-name.js';

function summary(title: string): ArticleSummary {
  return {
    id: 'a1',
    title,
    byline: null,
    siteName: null,
    url: null,
    publishedTime: null,
    lang: null,
    dir: null,
    importedAt: '2022-11-01T10:00:00.000Z',
    contentHash: '0'.repeat(64),
    source: 'seed-article.txt',
    highlightCount: 0,
  };
}

describe('markdownFileName', () => {
  it.each([
    ['Putin Reportedly Keen To Host Another Armenian-Azeri Summit', 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit.md'],
    ['Who: "Us" / Them? <yes|no> *star* back\\slash', 'Who Us Them yes no star back slash.md'],
    ['  ..hidden.  ', 'hidden.md'],
    ['Ends with dots...', 'Ends with dots.md'],
    ['line\nbreak\ttab', 'line break tab.md'],
    ['CON', 'CON article.md'],
    ['lpt1', 'lpt1 article.md'],
    ['', 'Untitled article.md'],
    ['???', 'Untitled article.md'],
    ['Հայաստան և Ադրբեջան', 'Հայաստան և Ադրբեջան.md'],
  ])('%j gives %j', (title, expected) => {
    expect(markdownFileName(summary(title))).toBe(expected);
  });

  it('keeps long names within 255 bytes without splitting a character', () => {
    for (const title of ['x'.repeat(1000), 'Հ'.repeat(300), '😭'.repeat(200)]) {
      const name = markdownFileName(summary(title));
      expect(name.endsWith('.md')).toBe(true);
      expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
      expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
  });
});
