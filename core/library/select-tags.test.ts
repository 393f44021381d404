import { describe, expect, it } from 'vitest';
import { selectTags } from './select-tags.js';

const tags = [
  { name: 'banana', count: 2 },
  { name: 'Apple', count: 2 },
  { name: 'apricot', count: 5 },
  { name: 'Cherry', count: 1 },
];

describe('selectTags', () => {
  it.each<[string, string | undefined, number | undefined, string[]]>([
    ['all, most used first then by name ignoring case', undefined, undefined, ['apricot', 'Apple', 'banana', 'Cherry']],
    ['a prefix, ignoring case', 'AP', undefined, ['apricot', 'Apple']],
    ['a prefix with surrounding spaces', ' ap', undefined, ['apricot', 'Apple']],
    ['a limit', undefined, 2, ['apricot', 'Apple']],
    ['no match', 'z', undefined, []],
  ])('%s', (_name, prefix, limit, expected) => {
    expect(selectTags(tags, prefix, limit).map((tag) => tag.name)).toEqual(expected);
  });
});
