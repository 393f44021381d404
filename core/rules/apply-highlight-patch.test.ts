import { describe, expect, it } from 'vitest';
import type { Highlight } from '../model/highlight.js';
import { applyHighlightPatch, mergeClaimFields, patchedHighlight } from './apply-highlight-patch.js';
import { uniqueTags } from './unique-tags.js';
import { highlightForTests } from '../export/export-test-fixtures.js';

const highlight: Highlight = highlightForTests('x', 'x', {
  claimant: 'Armen',
  tags: ['CSTO'],
  claim: { claimantRole: 'MP', about: 'CSTO', kind: 'accusation', madeOn: null, quoteKind: 'direct' },
});
const RICH_NOTE = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Check ' }, { type: 'text', text: 'this', marks: [{ type: 'bold' }] }] }] };

describe('applyHighlightPatch', () => {
  it('applies a claim patch over the existing claim fields and leaves the original alone', () => {
    const next = patchedHighlight(highlight, { claim: { about: 'Russia' }, color: 'green' });
    expect(next.claim).toEqual({ ...highlight.claim, about: 'Russia' });
    expect(next.color).toBe('green');
    expect(next.target).toBe(highlight.target);
    expect(highlight.claim!.about).toBe('CSTO');
    expect(highlight.color).toBe('yellow');
  });

  it('fills the claim fields a highlight never had with their defaults', () => {
    const next = patchedHighlight({ ...highlight, claim: undefined }, { claim: { kind: 'denial' } });
    expect(next.claim).toEqual({ claimantRole: '', about: '', kind: 'denial', madeOn: null, quoteKind: 'direct' });
  });

  it('derives the plain note from a rich note, unless the patch sets the note itself', () => {
    expect(patchedHighlight(highlight, { noteDoc: RICH_NOTE }).note).toBe('Check this');
    expect(patchedHighlight(highlight, { noteDoc: RICH_NOTE, note: 'mine' }).note).toBe('mine');
    // Clearing the rich note keeps the plain one.
    expect(patchedHighlight({ ...highlight, note: 'kept' }, { noteDoc: null })).toMatchObject({ note: 'kept', noteDoc: null });
  });

  it('passes tags through the caller\'s rule: duplicates ignoring case dropped, as the UI and the library both do', () => {
    expect(patchedHighlight(highlight, { tags: ['Armenia', ' armenia ', 'CSTO', ''] }, uniqueTags).tags).toEqual(['Armenia', 'CSTO']);
    expect(patchedHighlight(highlight, { tags: ['csto'] }, (tags) => uniqueTags(tags, (key) => (key === 'csto' ? 'CSTO' : undefined))).tags).toEqual(['CSTO']);
  });

  it('leaves fields the patch does not name, or names as undefined, as they were', () => {
    const next = { ...highlight };
    applyHighlightPatch(next, { claimant: undefined, grading: { reliability: 'B', credibility: '2' } });
    expect(next.claimant).toBe('Armen');
    expect(next.grading).toEqual({ reliability: 'B', credibility: '2' });
  });

  it('sets a field it has no rule for as given (a new field of the schema needs no edit here)', () => {
    const next = patchedHighlight(highlight, { orphanedNote: 'x' } as never);
    expect((next as unknown as Record<string, unknown>).orphanedNote).toBe('x');
  });
});

describe('mergeClaimFields', () => {
  it('takes only the claim\'s own fields', () => {
    expect(mergeClaimFields(undefined, { about: 'CSTO', stray: 'x' } as never)).toEqual({ claimantRole: '', about: 'CSTO', kind: '', madeOn: null, quoteKind: 'direct' });
  });
});
