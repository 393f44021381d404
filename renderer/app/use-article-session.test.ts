// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { importedDocumentForTests } from '../../core/library/imported-document-for-tests.js';
import { targetOf, withTemporaryLibraries } from '../../core/library/library-test-helpers.js';
import type { DocNode } from '../../core/document/doc-node.js';
import { ApiProvider } from '../api/api-context.js';
import { UndoStack } from '../undo/undo-stack.js';
import { useArticleSession } from './use-article-session.js';

// The article session through a real library (in this process): what it shows at once, what it
// stores, and what an undo takes back.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Session = ReturnType<typeof useArticleSession>;
const libraries = withTemporaryLibraries('rn-session-');
let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

/** Draws a component that holds a session; `current()` is the session as last drawn. */
async function mountSession() {
  const library = await libraries.open();
  const errors: unknown[] = [];
  const undoStack = new UndoStack();
  let session: Session | null = null;
  // Stable, as the app's are (a new reportError would make a new save pipeline).
  const reportError = (error: unknown) => void errors.push(error);
  const onDataChanged = () => {};
  function Probe() {
    session = useArticleSession(undoStack, reportError, onDataChanged);
    return null;
  }
  root = createRoot(document.createElement('div'));
  await act(async () => root!.render(createElement(ApiProvider, { api: library }, createElement(Probe))));
  return { library, errors, undoStack, current: () => session! };
}

describe('useArticleSession', () => {
  it('shows an edit at once, stores it on flush as the library spells it, and an undo takes it back', async () => {
    const { library, errors, undoStack, current } = await mountSession();
    const summary = await library.addImportedArticle(importedDocumentForTests('Summit', ['Armen Khachatrian said the CSTO failed Armenia.']));
    await library.createHighlight({ articleId: summary.id, target: targetOf((await library.getArticle({ id: summary.id })).article, 'the CSTO failed Armenia'), tags: ['CSTO'] });
    await act(() => current().open(summary.id));
    expect(current().article?.title).toBe('Summit');
    const [highlight] = current().highlights;

    await act(async () => current().update(highlight!.id, { tags: ['CSTO', 'csto', 'Armenia'], noteDoc: RICH }));
    // Shown before the library answers: duplicate tags dropped, the plain note taken from the rich one.
    expect(current().highlights[0]).toMatchObject({ tags: ['CSTO', 'Armenia'], note: 'Check the date' });
    await act(() => current().flush());
    expect((await library.getArticle({ id: summary.id })).highlights[0]).toMatchObject({ tags: ['CSTO', 'Armenia'], note: 'Check the date' });

    await act(async () => {
      await undoStack.undo();
    });
    expect((await library.getArticle({ id: summary.id })).highlights[0]).toMatchObject({ tags: ['CSTO'], note: '', noteDoc: null });
    expect(errors).toEqual([]);
  });

  it('stores the memo typed last when flushed, with the highlight edits', async () => {
    const { library, errors, current } = await mountSession();
    const summary = await library.addImportedArticle(importedDocumentForTests('Summit', ['The ministers met again.']));
    await act(() => current().open(summary.id));
    act(() => {
      current().saveMemo(summary.id, memo('first'));
      current().saveMemo(summary.id, memo('Ask Vedomosti'));
    });
    await act(() => current().flush());
    expect((await library.getArticle({ id: summary.id })).article.memo).toEqual(memo('Ask Vedomosti'));
    expect(errors).toEqual([]);
  });
});

const RICH: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Check the date' }] }] };

function memo(text: string): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}
