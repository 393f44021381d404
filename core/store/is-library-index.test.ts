import { describe, expect, it } from 'vitest';
import { isLibraryIndex } from './is-library-index.js';
import { libraryIndexSchema } from './library-index-schema.js';

const entry = {
  id: 'a1',
  title: 'T',
  byline: null,
  siteName: 'S',
  url: null,
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  importedAt: '2024-01-01T00:00:00.000Z',
  contentHash: 'x',
  source: 's',
  highlightCount: 2,
  tags: [{ name: 'CSTO', count: 2 }],
};
const index = { schemaVersion: 2, journalSeq: 3, unsettled: [], articles: [entry] };

describe('isLibraryIndex', () => {
  it.each<[string, unknown]>([
    ['a valid index', index],
    ['an empty index', { ...index, articles: [] }],
    ['an rtl entry with nulls', { ...index, articles: [{ ...entry, dir: null, lang: null, siteName: null }] }],
    ['a wrong version', { ...index, schemaVersion: 1 }],
    ['a negative journalSeq', { ...index, journalSeq: -1 }],
    ['an id that is a path', { ...index, articles: [{ ...entry, id: '../x' }] }],
    ['a missing field', { ...index, articles: [{ ...entry, title: undefined }] }],
    ['a fractional count', { ...index, articles: [{ ...entry, highlightCount: 1.5 }] }],
    ['a bad direction', { ...index, articles: [{ ...entry, dir: 'up' }] }],
    ['a zero tag count', { ...index, articles: [{ ...entry, tags: [{ name: 'a', count: 0 }] }] }],
    ['an empty tag name', { ...index, articles: [{ ...entry, tags: [{ name: '', count: 1 }] }] }],
    ['unsettled ids that are not strings', { ...index, unsettled: [1] }],
    ['an entry with provenance keys', { ...index, articles: [{ ...entry, originalSha256: 'ab', canonicalUrl: 'https://example.com/a' }] }],
    ['a null canonical url', { ...index, articles: [{ ...entry, canonicalUrl: null }] }],
    ['a numeric hash', { ...index, articles: [{ ...entry, originalSha256: 1 }] }],
    ['an entry with article tags', { ...index, articles: [{ ...entry, articleTags: ['Peace talks', 'South Caucasus'] }] }],
    ['an empty article tag', { ...index, articles: [{ ...entry, articleTags: [''] }] }],
    ['article tags that are not a list', { ...index, articles: [{ ...entry, articleTags: 'CSTO' }] }],
    ['not an object', [index]],
    ['null', null],
  ])('agrees with the schema on %s', (_case, value) => {
    const accepted = isLibraryIndex(value);
    // The fast check may say "no" where the schema says "yes" (then the schema decides), never the reverse.
    if (accepted) expect(libraryIndexSchema.safeParse(value)).toMatchObject({ success: true, data: value });
    else if (libraryIndexSchema.safeParse(value).success) expect(JSON.stringify(value)).toMatch(/"undefined"|extra/);
  });

  it('accepts exactly what the schema accepts for valid indexes, and leaves extra keys to the schema', () => {
    expect(isLibraryIndex(index)).toBe(true);
    expect(isLibraryIndex({ ...index, articles: [{ ...entry, extra: 1 }] })).toBe(false);
    expect(libraryIndexSchema.safeParse({ ...index, articles: [{ ...entry, extra: 1 }] }).success).toBe(true);
  });
});
