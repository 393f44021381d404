import { describe, expect, it } from 'vitest';
import type { ResearchNotesApi } from '../../core/api/contract.js';
import type { Highlight } from '../../core/model/highlight.js';
import { HighlightSaver } from './highlight-saver.js';
import type { HighlightPatch } from './highlight-patch.js';

/** A library whose updateHighlight answers only when the test says so, in the order asked. */
function heldLibrary() {
  const calls: { patch: HighlightPatch; answer: (highlight: Highlight) => void }[] = [];
  const api = {
    updateHighlight: ({ patch }: { patch: HighlightPatch }) => new Promise<Highlight>((resolve) => calls.push({ patch, answer: resolve })),
  } as unknown as ResearchNotesApi;
  return { api, calls };
}

const stored = (fields: Partial<Highlight>): Highlight => ({ id: 'h1', articleId: 'a1', claimant: '', tags: [], note: '', color: 'yellow', ...fields }) as Highlight;
// Lets the saver's promise chain take the next send.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('HighlightSaver', () => {
  it('takes in the answer to an edit when no later edit of the highlight is on its way', async () => {
    const { api, calls } = heldLibrary();
    const saved: Highlight[] = [];
    const saver = new HighlightSaver(api, { onStateChange: () => {}, onSaved: (highlight) => saved.push(highlight), onError: (error) => { throw error; } });
    saver.schedule('a1', 'h1', { claimant: 'Armen Khachatrian' });
    const done = saver.flush();
    await settle();
    calls[0]!.answer(stored({ claimant: 'Armen Khachatrian' }));
    await done;
    expect(saved.map((highlight) => highlight.claimant)).toEqual(['Armen Khachatrian']);
  });

  it('leaves out the answer to an edit that a later edit of the same highlight follows (a tag added while the claimant was being stored)', async () => {
    const { api, calls } = heldLibrary();
    const saved: Highlight[] = [];
    const saver = new HighlightSaver(api, { onStateChange: () => {}, onSaved: (highlight) => saved.push(highlight), onError: (error) => { throw error; } });
    saver.schedule('a1', 'h1', { claimant: 'Armen Khachatrian' });
    void saver.flush();
    await settle();
    saver.schedule('a1', 'h1', { tags: ['CSTO'] });
    const done = saver.flush();
    // The claimant's answer knows nothing of the tag: shown, the tag would vanish and the next tag would replace it.
    calls[0]!.answer(stored({ claimant: 'Armen Khachatrian' }));
    await settle();
    expect(saved).toEqual([]);
    expect(calls.map((call) => call.patch)).toEqual([{ claimant: 'Armen Khachatrian' }, { tags: ['CSTO'] }]);
    calls[1]!.answer(stored({ claimant: 'Armen Khachatrian', tags: ['CSTO'] }));
    await done;
    expect(saved.map((highlight) => highlight.tags)).toEqual([['CSTO']]);
  });
});
