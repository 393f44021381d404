import { describe, expect, it } from 'vitest';
import { findTermMatches } from './find-term-matches.js';

const words = (text: string, query: string): string[] => findTermMatches(text, query).map(({ start, end }) => text.slice(start, end));

describe('findTermMatches', () => {
  it('finds every word of the query, folding case and diacritics, in text order', () => {
    expect(words('Khačatrian lambasted the CSTO; the csto said nothing to Khachatrian.', 'csto khacatrian ')).toEqual(['Khačatrian', 'CSTO', 'csto']);
  });

  it('matches the last term as a prefix while it is typed, as the search does', () => {
    const text = 'The summit, the summits and a summary.';
    expect(words(text, 'summ')).toEqual(['summit', 'summits', 'summary']);
    expect(words(text, 'summit ')).toEqual(['summit']);
    expect(words(text, 'a')).toEqual(['a']);
  });

  it('gives offsets into the text as it is, and nothing for a query without words', () => {
    expect(findTermMatches('ab Ab', 'ab ')).toEqual([{ start: 0, end: 2 }, { start: 3, end: 5 }]);
    expect(findTermMatches('anything', ' *" ')).toEqual([]);
  });
});
