import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../core/model/highlight.js';
import { mergeHighlightPatch } from './merge-highlight-patch.js';
import { patchBefore } from './patch-before.js';

const highlight: Highlight = {
  id: 'h1',
  articleId: 'a1',
  target: { quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
  claimant: 'Armen',
  tags: ['CSTO'],
  note: '',
  color: 'yellow',
  claim: { claimantRole: 'MP', about: 'CSTO', kind: 'accusation', madeOn: null, quoteKind: 'direct' },
  createdAt: '',
  updatedAt: '',
};

describe('highlight patches', () => {
  it('merges claim fields one by one', () => {
    expect(mergeHighlightPatch({ claim: { about: 'CSTO' }, note: 'a' }, { claim: { kind: 'denial' } })).toEqual({ claim: { about: 'CSTO', kind: 'denial' }, note: 'a' });
  });

  it('gives the patch that undoes a patch', () => {
    expect(patchBefore(highlight, { claim: { about: 'Russia' }, color: 'green', grading: { reliability: 'B', credibility: '2' } })).toEqual({
      claim: { about: 'CSTO' },
      color: 'yellow',
      grading: null,
    });
  });

  it('undoes the plain note a rich note set along with it', () => {
    const rich = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'new' }] }] };
    expect(patchBefore({ ...highlight, note: 'old' }, { noteDoc: rich })).toEqual({ noteDoc: null, note: 'old' });
  });

  it('undoes claim fields of a highlight that had none with their defaults', () => {
    const bare = { ...highlight, claim: undefined };
    expect(patchBefore(bare, { claim: { quoteKind: 'paraphrase', madeOn: '2024-01-01' } })).toEqual({ claim: { quoteKind: 'direct', madeOn: null } });
  });
});
