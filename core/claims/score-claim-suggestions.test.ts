import { describe, expect, it } from 'vitest';
import { claimantNamesSource, claimScores, countClaimMatches } from './score-claim-suggestions.js';

describe('scoring suggestions against labels', () => {
  const text = 'one two three four five six seven eight nine ten';
  const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

  it('matches when the shared words are at least half of the longer span', () => {
    const label = { ...span('one two three four'), source: 'Ann Lee' };
    expect(countClaimMatches(text, [label], [{ ...span('three four five six'), claimant: 'Lee' }]).matched).toBe(1);
    expect(countClaimMatches(text, [label], [{ ...span('four five six seven'), claimant: 'Lee' }]).matched).toBe(0);
  });

  it('matches each label and suggestion once, and counts the claimants that name the source', () => {
    const labels = [{ ...span('one two'), source: 'Michael Shadlen' }, { ...span('six seven'), source: 'the researchers' }];
    const suggestions = [{ ...span('one two'), claimant: 'Dr. Shadlen' }, { ...span('one two'), claimant: 'Dr. Shadlen' }, { ...span('six seven'), claimant: 'Vidyard' }];
    const counts = countClaimMatches(text, labels, suggestions);
    expect(counts).toEqual({ labels: 2, suggestions: 3, matched: 2, claimantCorrect: 1 });
    const scores = claimScores([counts]);
    expect(scores.precision).toBeCloseTo(2 / 3);
    expect(scores.recall).toBe(1);
    expect(scores.f1).toBeCloseTo(0.8);
    expect(scores.claimantAccuracy).toBe(0.5);
  });

  it.each([
    ['Dr. Shadlen', 'Michael Shadlen', true],
    ['Michael Shadlen, Ph.D.', 'Dr. Shadlen', true],
    ['Stack Overflow', 'the site', false],
    ['respondents', 'Over half (55%) of respondents', true],
    ['', 'Russia', false],
    ['Federal Aviation Administration', 'the FAA', true],
    ['RMS', 'Richard M. Stallman', true],
    ['FSF Board', 'Richard M. Stallman', false],
  ])('claimant %s names %s: %s', (claimant, source, expected) => {
    expect(claimantNamesSource(claimant, source)).toBe(expected);
  });
});
