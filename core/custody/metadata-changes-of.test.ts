import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article.js';
import { metadataChangesOf } from './metadata-changes-of.js';

const article = { title: 'Summit', byline: null, siteName: 'Wire', url: 'https://example.org/a', publishedTime: null, lang: 'en' } as Article;

describe('metadataChangesOf', () => {
  it('lists each changed field with its value before and after', () => {
    expect(metadataChangesOf(article, { ...article, title: 'Summit, day two', byline: 'A. Writer', siteName: null })).toEqual({
      title: { from: 'Summit', to: 'Summit, day two' },
      byline: { from: null, to: 'A. Writer' },
      siteName: { from: 'Wire', to: null },
    });
  });

  it('is null when nothing changed', () => {
    expect(metadataChangesOf(article, { ...article })).toBeNull();
  });
});
