import { useEffect, useRef, useState } from 'react';
import type { ResearchNotesApi } from '../../core/api/contract.js';
import type { DocNode } from '../../core/document/doc-node.js';
import { RichTextEditor } from '../rich/RichTextEditor.js';

interface MemoSectionProps {
  api: ResearchNotesApi;
  articleId: string;
  memo: DocNode | null | undefined;
  onError: (error: unknown) => void;
}

// Like highlight edits: batches a burst of typing into one write, short enough to lose little.
const SAVE_DELAY_MS = 500;

/** The article's free memo: a collapsible rich text above the article, saved as you type. */
export function MemoSection({ api, articleId, memo, onError }: MemoSectionProps) {
  const [isOpen, setOpen] = useState(Boolean(memo));
  const [status, setStatus] = useState('');
  const pending = useRef<DocNode | null | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ api, articleId, onError });
  latest.current = { api, articleId, onError };

  const save = () => {
    clearTimeout(timer.current);
    const doc = pending.current;
    if (doc === undefined) return;
    pending.current = undefined;
    const { api: currentApi, articleId: id, onError: report } = latest.current;
    currentApi
      .updateArticleMemo({ articleId: id, memo: doc })
      .then(() => setStatus('Memo saved'))
      .catch((error: unknown) => {
        setStatus('Memo not saved');
        report(error);
      });
  };

  // Leaving the article (or closing the window) sends the last words.
  useEffect(() => {
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, []);

  return (
    <details className="memo-section" open={isOpen} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="memo-summary">Memo {memo && !isOpen ? <span className="memo-hint">(written)</span> : null}</summary>
      {isOpen && (
        <>
          <RichTextEditor
            label="Memo"
            doc={memo ?? null}
            onChange={(doc, text) => {
              pending.current = text.trim() ? doc : null;
              setStatus('');
              clearTimeout(timer.current);
              timer.current = setTimeout(save, SAVE_DELAY_MS);
            }}
            onBlur={save}
          />
          <span className="quiet-status" role="status">{status}</span>
        </>
      )}
    </details>
  );
}
