import { describe, expect, it } from 'vitest';
import { buildMatchQuery } from './build-match-query.js';

describe('buildMatchQuery', () => {
  it.each([
    ['lamb', '"lamb"*'],
    ['lamb ', '"lamb"'],
    ['  ', null],
    ['a', '"a"'],
    ['CSTO army', '"CSTO" "army"*'],
    ['"x" OR y*', '"x" "OR" "y"'],
    ['title:foo NEAR(bar)', '"title" "foo" "NEAR" "bar"*'],
    ['Khačatrian', '"Khačatrian"*'],
    ['Actors/CSTO', '"Actors" "CSTO"*'],
    ['-- ;', null],
  ])('%j becomes %j', (query, expected) => {
    expect(buildMatchQuery(query)).toBe(expected);
  });
});
