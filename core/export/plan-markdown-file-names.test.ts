import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../model/article.js';
import { planMarkdownFileNames } from './plan-markdown-file-names.js';

function summary(id: string, title: string, importedAt: string): ArticleSummary {
  return { id, title, byline: null, siteName: null, url: null, publishedTime: null, lang: null, dir: null, importedAt, contentHash: '', source: '', highlightCount: 0 };
}

describe('planMarkdownFileNames', () => {
  it('gives the earliest article the plain name and later clashes (any case) a short id', () => {
    const names = planMarkdownFileNames([
      summary('bbbbbbbb-2', 'Summit', '2022-11-02T00:00:00Z'),
      summary('aaaaaaaa-1', 'summit', '2022-11-01T00:00:00Z'),
      summary('cccccccc-3', 'Summit?', '2022-11-03T00:00:00Z'),
      summary('dddddddd-4', 'index', '2022-11-03T00:00:00Z'),
      summary('eeeeeeee-5', 'CON', '2022-11-03T00:00:00Z'),
    ]);
    expect(Object.fromEntries(names)).toEqual({
      'aaaaaaaa-1': 'summit.md',
      'bbbbbbbb-2': 'Summit (bbbbbbbb).md',
      'cccccccc-3': 'Summit (cccccccc).md',
      'dddddddd-4': 'index (dddddddd).md',
      'eeeeeeee-5': 'CON article.md',
    });
  });

  it('never takes a name the folder uses for someone else, and keeps names within ~120 characters', () => {
    const names = planMarkdownFileNames([summary('aaaaaaaa-1', 'x'.repeat(500) + ' [[a|b]] #^', '2022')], (name) => name === `${'x'.repeat(100)}.md`);
    const name = names.get('aaaaaaaa-1')!;
    expect(name).toBe(`${'x'.repeat(100)} (aaaaaaaa).md`);
    expect(name.length).toBeLessThanOrEqual(120);
  });
});
