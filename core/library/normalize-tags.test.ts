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

describe('normalizeTags: the limits every path meets', () => {
  const many = (count: number): string[] => Array.from({ length: count }, (_, index) => `tag ${index}`);

  it('refuses more than 200 tags and names longer than 200 characters', () => {
    expect(normalizeTags(many(200), () => undefined)).toHaveLength(200);
    expect(() => normalizeTags(many(201), () => undefined)).toThrow('A highlight can have at most 200 tags; this would give one 201.');
    expect(normalizeTags(['x'.repeat(200)], () => undefined)).toEqual(['x'.repeat(200)]);
    expect(() => normalizeTags(['x'.repeat(201)], () => undefined)).toThrow('would be 201 characters long; a tag has at most 200');
  });

  it('counts after dropping duplicates, and lets a highlight from before the limits shed tags', () => {
    expect(normalizeTags([...many(200), 'TAG 1', ' tag 2 '], () => undefined)).toHaveLength(200);
    const legacy = [...many(300), 'y'.repeat(300)];
    expect(normalizeTags(legacy.slice(1), () => undefined, legacy)).toHaveLength(300);
    expect(() => normalizeTags([...legacy, 'one more'], () => undefined, legacy)).toThrow('this would give one 302');
  });
});
