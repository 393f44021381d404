import { describe, expect, it } from 'vitest';
import type { HighlightTarget } from '../model/highlight.js';
import { anchorTarget } from './anchor-target.js';
import { describeTextRange } from './describe-text-range.js';
import { matchQuote } from './match-quote.js';
import { reanchorHighlights } from './reanchor-highlights.js';

const ARTICLE = [
  'Russian President Vladimir Putin is reportedly trying to host a fresh meeting of the leaders of Armenia and Azerbaijan.',
  'Citing an unnamed diplomatic source, the Russian daily Vedomosti reported that the Kremlin wants to regain the initiative in the peace process.',
  'A senior Armenian lawmaker, Armen Khachatrian, on Monday lambasted the CSTO for not providing any military aid to Armenia.',
  'He said that Turkish troops could also participate in such an attack.',
].join('\n\n');

function targetOf(text: string, quote: string): HighlightTarget {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`test setup: "${quote}" not in text`);
  return describeTextRange(text, start, start + quote.length);
}

describe('fuzzy anchoring', () => {
  it('anchors a quote whose words were edited, at the edited place', () => {
    const target = targetOf(ARTICLE, 'the Kremlin wants to regain the initiative in the peace process');
    const edited = ARTICLE.replace('the Kremlin wants to regain the initiative', 'Moscow hopes to regain the lead');
    const range = anchorTarget(edited, target);
    expect(range).not.toBeNull();
    expect(edited.slice(range!.start, range!.end)).toMatch(/Moscow hopes to regain the lead in the peace process$/);
  });

  it('anchors an edited quote that also moved, using its context', () => {
    const target = targetOf(ARTICLE, 'on Monday lambasted the CSTO for not providing');
    const [first, second, third, fourth] = ARTICLE.split('\n\n');
    const edited = [third!.replace('lambasted', 'sharply criticised'), fourth, first, second].join('\n\n');
    const range = anchorTarget(edited, target);
    expect(edited.slice(range!.start, range!.end)).toBe('on Monday sharply criticised the CSTO for not providing');
  });

  it('reports an orphan in an unrelated text', () => {
    const target = targetOf(ARTICLE, 'reportedly trying to host a fresh meeting');
    const unrelated = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. '.repeat(20);
    expect(anchorTarget(unrelated, target)).toBeNull();
  });

  it('scores an exact occurrence above any fuzzy one', () => {
    const target = targetOf(ARTICLE, 'Armenian lawmaker');
    const match = matchQuote(`${ARTICLE}\n\nArmenien lawmaker`, target.quote, 0);
    expect(match).toMatchObject({ start: ARTICLE.indexOf('Armenian lawmaker'), errors: 0 });
  });
});

describe('reanchorHighlights', () => {
  const highlights = [
    { id: 'unchanged', target: targetOf(ARTICLE, 'Vladimir Putin') },
    { id: 'after the edit', target: targetOf(ARTICLE, 'Turkish troops could also participate') },
    { id: 'edited', target: targetOf(ARTICLE, 'lambasted the CSTO for not providing any military aid') },
    { id: 'deleted', target: targetOf(ARTICLE, 'Citing an unnamed diplomatic source') },
  ];
  const newText = ARTICLE.replace(/Citing an unnamed[^\n]*\n\n/, 'An editor’s short note.\n\n').replace('lambasted the CSTO for not providing any', 'criticised the CSTO for not providing');

  it('places each highlight in the new text or reports it orphaned, keeping every one', () => {
    const results = reanchorHighlights(ARTICLE, newText, highlights);
    expect(results.map((result) => result.highlight.id)).toEqual(highlights.map((highlight) => highlight.id));
    const quoted = results.map(({ range }) => (range === null ? null : newText.slice(range.start, range.end)));
    expect(quoted).toEqual(['Vladimir Putin', 'Turkish troops could also participate', expect.stringMatching(/criticised the CSTO for not providing military aid$/), null]);
    expect(results[1]!.target!.position.start).toBe(newText.indexOf('Turkish troops'));
    expect(results[3]!.target).toBeNull();
  });

  it('leaves every highlight where it was when the text did not change', () => {
    const results = reanchorHighlights(ARTICLE, ARTICLE, highlights);
    expect(results.map(({ range }) => range)).toEqual(highlights.map(({ target }) => ({ start: target.position.start, end: target.position.end })));
  });
});
