import { describe, expect, it } from 'vitest';
import { normalizeTags } from './normalize-tags.js';

const known = new Map([
  ['csto', 'CSTO'],
  ['armenia', 'Armenia'],
]);

describe('normalizeTags', () => {
  it.each<[string, string[], string[]]>([
    ['keeps new tags as written', ['Russia', 'NATO'], ['Russia', 'NATO']],
    ['trims and drops empty names', ['  Russia ', '', '   '], ['Russia']],
    ['drops duplicates ignoring case, keeping the first', ['Russia', 'RUSSIA', 'russia '], ['Russia']],
    ['uses the library spelling of a known tag', ['csto', 'ARMENIA'], ['CSTO', 'Armenia']],
    ['keeps the order given', ['b', 'CSTO', 'a'], ['b', 'CSTO', 'a']],
    ['compares non-ASCII names ignoring case', ['Ереван', 'ЕРЕВАН'], ['Ереван']],
  ])('%s', (_name, tags, expected) => {
    expect(normalizeTags(tags, (key) => known.get(key))).toEqual(expected);
  });
});
