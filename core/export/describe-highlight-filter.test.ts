import { describe, expect, it } from 'vitest';
import { describeHighlightFilter } from './describe-highlight-filter.js';

describe('describeHighlightFilter', () => {
  it.each([
    [{}, 'all claims'],
    [{ claimant: ' Armen Khachatrian ' }, 'claimant Armen Khachatrian'],
    [{ tags: ['CSTO', 'Actors/Russia'], from: '2022-10-01' }, 'tags CSTO, Actors/Russia, from 2022-10-01'],
    [{ about: 'CSTO', kind: 'accusation', minGrading: { reliability: 'B', credibility: '2' } as const, to: '2022-12-31' }, 'about CSTO, kind accusation, graded B2 or better, to 2022-12-31'],
  ])('%j reads %j', (filter, words) => {
    expect(describeHighlightFilter(filter)).toBe(words);
  });
});
