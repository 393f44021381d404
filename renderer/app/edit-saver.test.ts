import { describe, expect, it } from 'vitest';
import type { ResearchNotesApi } from '../../core/api/contract.js';
import type { Highlight } from '../../core/model/highlight.js';
import { ApiError } from '../../core/api/api-error.js';
import type { DocNode } from '../../core/document/doc-node.js';
import { EditSaver } from './edit-saver.js';
import type { HighlightPatch } from '../../core/rules/apply-highlight-patch.js';

/** A library whose updateHighlight answers only when the test says so, in the order asked. */
function heldLibrary() {
  const calls: { patch: HighlightPatch; answer: (highlight: Highlight) => void }[] = [];
  const api = {
    updateHighlight: ({ patch }: { patch: HighlightPatch }) => new Promise<Highlight>((resolve) => calls.push({ patch, answer: resolve })),
  } as unknown as ResearchNotesApi;
  return { api, calls };
}

const stored = (fields: Partial<Highlight>): Highlight => ({ id: 'h1', articleId: 'a1', claimant: '', tags: [], note: '', color: 'yellow', ...fields }) as Highlight;
const MEMO = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
// Lets the saver's promise chain take the next send.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('EditSaver', () => {
  it('takes in the answer to an edit when no later edit of the highlight is on its way', async () => {
    const { api, calls } = heldLibrary();
    const saved: Highlight[] = [];
    const saver = new EditSaver(api, { onStateChange: () => {}, onSaved: (highlight) => saved.push(highlight), onError: (error) => { throw error; } });
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
    const saver = new EditSaver(api, { onStateChange: () => {}, onSaved: (highlight) => saved.push(highlight), onError: (error) => { throw error; } });
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

  it('merges a burst of field edits into one write sent after the pause in typing', async () => {
    const { api, calls } = heldLibrary();
    const saver = new EditSaver(api, { onStateChange: () => {}, onSaved: () => {}, onError: (error) => { throw error; } });
    saver.schedule('a1', 'h1', { claimant: 'Armen' });
    saver.schedule('a1', 'h1', { claimant: 'Armen Khachatrian' });
    saver.schedule('a1', 'h1', { tags: ['CSTO'] });
    expect(calls).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, EditSaver.DEBOUNCE_MS + 50));
    expect(calls.map((call) => call.patch)).toEqual([{ claimant: 'Armen Khachatrian', tags: ['CSTO'] }]);
  });

  it('keeps a failed edit and sends it with the next one; drops it when the highlight is gone', async () => {
    const patches: HighlightPatch[] = [];
    let failWith: Error | null = new Error('disk full');
    const api = {
      updateHighlight: async ({ patch }: { patch: HighlightPatch }) => {
        patches.push(patch);
        if (failWith) throw failWith;
        return stored({});
      },
    } as unknown as ResearchNotesApi;
    const states: string[] = [];
    const errors: unknown[] = [];
    const saver = new EditSaver(api, { onStateChange: (state) => states.push(state), onSaved: () => {}, onError: (error) => errors.push(error) });
    saver.schedule('a1', 'h1', { claimant: 'Armen Khachatrian' });
    await saver.flush();
    expect(states.at(-1)).toBe('failed');
    failWith = null;
    saver.schedule('a1', 'h1', { tags: ['CSTO'] });
    await saver.flush();
    expect(patches.at(-1)).toEqual({ claimant: 'Armen Khachatrian', tags: ['CSTO'] });
    expect(states.at(-1)).toBe('saved');

    failWith = new ApiError('NOT_FOUND', 'There is no highlight h1.');
    saver.schedule('a1', 'h1', { note: 'gone' });
    await saver.flush();
    failWith = null;
    const sent = patches.length;
    await saver.flush();
    expect(patches).toHaveLength(sent);
    expect(errors).toHaveLength(2);
  });

  it('sends the memo with the highlight edits, and a flush resolves only once it is stored', async () => {
    const order: string[] = [];
    let storeMemo: (() => void) | undefined;
    const api = {
      updateHighlight: async () => {
        order.push('highlight');
        return stored({});
      },
      updateArticleMemo: ({ memo }: { memo: DocNode | null }) =>
        new Promise<null>((resolve) => {
          order.push(`memo ${JSON.stringify(memo)}`);
          storeMemo = () => resolve(null);
        }),
    } as unknown as ResearchNotesApi;
    const saver = new EditSaver(api, { onStateChange: () => {}, onSaved: () => {}, onError: (error) => { throw error; } });
    saver.schedule('a1', 'h1', { note: 'x' });
    saver.scheduleMemo('a1', MEMO('first words'));
    saver.scheduleMemo('a1', MEMO('last words'));
    let isFlushed = false;
    const flushed = saver.flush().then(() => (isFlushed = true));
    await settle();
    await settle();
    expect(order).toEqual(['highlight', `memo ${JSON.stringify(MEMO('last words'))}`]);
    expect(isFlushed).toBe(false);
    storeMemo!();
    await flushed;
    expect(isFlushed).toBe(true);
  });

  it('keeps a memo whose write failed unless newer text replaced it', async () => {
    const sent: unknown[] = [];
    let isFailing = true;
    const api = {
      updateArticleMemo: async ({ memo }: { memo: DocNode | null }) => {
        sent.push(memo);
        if (isFailing) throw new Error('disk full');
        return null;
      },
    } as unknown as ResearchNotesApi;
    const saver = new EditSaver(api, { onStateChange: () => {}, onSaved: () => {}, onError: () => {} });
    saver.scheduleMemo('a1', MEMO('kept'));
    await saver.flush();
    isFailing = false;
    await saver.flush();
    expect(sent).toEqual([MEMO('kept'), MEMO('kept')]);
    await saver.flush();
    expect(sent).toHaveLength(2);
  });
});
