import { useRef, useState } from 'react';
import type { DocNode } from '../../core/document/doc-node.js';
import { RichTextEditor } from '../rich/RichTextEditor.js';

interface MemoSectionProps {
  articleId: string;
  memo: DocNode | null | undefined;
  /** Each change as typed (null when emptied); the session's save pipeline sends it. Absent: the memo is shown, not edited (a team reader). */
  onChange?: (articleId: string, memo: DocNode | null) => void;
  /** Leaving the memo: the pipeline sends what is queued now. */
  onBlur: () => void;
}

/** The article's free memo: a collapsible rich text above the article, saved as you type. */
export function MemoSection({ articleId, memo, onChange, onBlur }: MemoSectionProps) {
  const [isOpen, setOpen] = useState(Boolean(memo));
  // What was typed since the article was opened: the editor is drawn anew each time the section
  // opens, and must show that, not the memo as it was loaded.
  const typed = useRef<DocNode | null | undefined>(undefined);
  const shown = typed.current === undefined ? memo : typed.current;
  if (!onChange && !shown) return null;

  return (
    <details className="memo-section" open={isOpen} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="memo-summary">Memo {shown && !isOpen ? <span className="memo-hint">(written)</span> : null}</summary>
      {isOpen && (
        <RichTextEditor
          label="Memo"
          doc={shown ?? null}
          isReadOnly={!onChange}
          onChange={(doc, text) => {
            typed.current = text.trim() ? doc : null;
            onChange?.(articleId, typed.current);
          }}
          onBlur={onBlur}
        />
      )}
    </details>
  );
}
