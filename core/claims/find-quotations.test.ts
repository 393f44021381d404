import { describe, expect, it } from 'vitest';
import { findQuotations } from './find-quotations.js';

const quoted = (text: string): string[] => findQuotations(text).map((quotation) => text.slice(quotation.contentStart, quotation.contentEnd));

describe('findQuotations', () => {
  it.each([
    ['curly', 'He said “we are ready” today.', ['we are ready']],
    ['straight', 'He said "we are ready" and "so are they".', ['we are ready', 'so are they']],
    ['nested single in double', '“They said ‘no’ twice,” she wrote.', ['They said ‘no’ twice,']],
    ['nested straight single in double', '"They said \'no\' twice," she wrote.', ["They said 'no' twice,"]],
    ['apostrophes are no quotes', 'Don’t touch RMS\' views or the dogs’ bowls.', []],
    ['single quotes as primary quotes', 'The ‘a-ha!’ moment arrives.', ['a-ha!']],
    ['an inch mark opens nothing', 'A 3" pipe and "a real quote" here.', ['a real quote']],
    ['guillemets', 'Il a dit « non merci » hier.', ['non merci']],
    ['low-high', 'Er sagte „nein danke“ gestern.', ['nein danke']],
  ])('%s', (_, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('ends an unclosed quotation with its paragraph', () => {
    const text = 'She said “we will win this.\n\nThe next paragraph is narration.';
    const [quotation, ...rest] = findQuotations(text);
    expect(rest).toEqual([]);
    expect(quotation).toMatchObject({ closed: false, paragraphs: 1 });
    expect(text.slice(quotation!.contentStart, quotation!.contentEnd)).toBe('we will win this.');
  });

  it('carries a quotation into the next paragraph when that paragraph reopens it', () => {
    const text = '“First part of the speech.\n\n“Second part,” he said.\n\nNarration.';
    const [quotation, ...rest] = findQuotations(text);
    expect(rest).toEqual([]);
    expect(quotation).toMatchObject({ closed: true, paragraphs: 2 });
    expect(text.slice(quotation!.contentStart, quotation!.contentEnd)).toBe('First part of the speech.\n\n“Second part,');
  });
});
