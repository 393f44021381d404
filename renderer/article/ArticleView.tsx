import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Article } from '../../core/model/article.js';
import type { AnchoredHighlight } from './anchored-highlight.js';
import { createArticleExtensions } from './create-article-extensions.js';
import { findInnermostHighlight } from './find-innermost-highlight.js';
import { highlightColorClass } from './highlight-color-class.js';
import { highlightDecorationsKey, type HighlightDecorationSpec } from './highlight-decorations.js';
import { readDomSelection } from './read-dom-selection.js';
import { readSelectedTextRange } from './read-selected-text-range.js';
import { TextPositionMap } from './text-position-map.js';
import type { TextRange } from './text-range.js';
import { ArticleByline } from './ArticleByline.js';

/** A request to bring a highlight into view; the nonce repeats a scroll to the same highlight. */
export interface ScrollRequest {
  id: string;
  nonce: number;
}

interface ArticleViewProps {
  article: Article;
  anchored: readonly AnchoredHighlight[];
  selectedHighlightId: string | null;
  scrollRequest: ScrollRequest | null;
  onSelectHighlight: (id: string) => void;
  onTextSelectionChange: (range: TextRange | null) => void;
}

/** The open article, read-only, with its highlights drawn over the text. Mount one per article (key it by id). */
export function ArticleView({ article, anchored, selectedHighlightId, scrollRequest, onSelectHighlight, onTextSelectionChange }: ArticleViewProps) {
  const [map, setMap] = useState<TextPositionMap | null>(null);
  const latest = useRef({ anchored, map, onSelectHighlight });
  latest.current = { anchored, map, onSelectHighlight };
  const extensions = useMemo(createArticleExtensions, []);

  const editor = useEditor({
    extensions,
    content: article.doc,
    editable: false,
    // The CSP allows no inline <style>; the rules tiptap would inject live in article.css.
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { class: 'article-text', 'aria-label': `Text of ${article.title}`, 'aria-readonly': 'true' },
      handleClick(_view, position) {
        const { anchored: current, map: currentMap, onSelectHighlight: select } = latest.current;
        // A click that ends a drag-selection is about the selection, not about a highlight.
        if (!currentMap || !window.getSelection()?.isCollapsed) return false;
        const id = findInnermostHighlight(current, currentMap.toOffset(position));
        if (id) select(id);
        return false;
      },
    },
  });

  useEffect(() => {
    if (!editor) return;
    setMap(TextPositionMap.fromDoc(editor.state.doc));
  }, [editor]);

  useEffect(() => {
    if (!editor || !map) return;
    const update = () => onTextSelectionChange(readSelectedTextRange(editor.view, map));
    document.addEventListener('selectionchange', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      onTextSelectionChange(null);
    };
  }, [editor, map, onTextSelectionChange]);

  useEffect(() => {
    if (!editor || !map) return;
    const specs: HighlightDecorationSpec[] = [];
    for (const { highlight, range } of anchored) {
      if (!range) continue;
      const from = map.toPosition(range.start, 'start');
      const to = map.toPosition(range.end, 'end');
      if (from === null || to === null || from >= to) continue;
      specs.push({ id: highlight.id, from, to, colorClass: highlightColorClass(highlight.color), isSelected: highlight.id === selectedHighlightId });
    }
    // Longest first: ProseMirror nests later decorations inside earlier ones on the same text.
    specs.sort((a, b) => b.to - b.from - (a.to - a.from));
    const transaction = editor.state.tr.setSelection(readDomSelection(editor.view));
    editor.view.dispatch(transaction.setMeta(highlightDecorationsKey, specs).setMeta('addToHistory', false));
  }, [editor, map, anchored, selectedHighlightId]);

  useEffect(() => {
    if (!editor || !scrollRequest) return;
    const element = editor.view.dom.querySelector(`[data-highlight-id="${CSS.escape(scrollRequest.id)}"]`);
    const isMotionReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'center', behavior: isMotionReduced ? 'auto' : 'smooth' });
  }, [editor, scrollRequest]);

  const isTextMismatched = map !== null && map.text !== article.text;

  return (
    <article className="article" dir={article.dir ?? undefined} lang={article.lang ?? undefined}>
      <header className="article-header">
        <h1 className="article-title">{article.title}</h1>
        <ArticleByline article={article} />
      </header>
      {isTextMismatched && (
        <p role="alert" className="article-warning">
          This article’s document does not match its stored text, so highlights could be misplaced. Re-import the article to fix it.
        </p>
      )}
      <div className="article-body" onClickCapture={preventNavigation} onAuxClickCapture={preventNavigation}>
        <EditorContent editor={editor} />
      </div>
    </article>
  );
}

// Links in an article are inert: following one would leave the reader (or open an untrusted page).
function preventNavigation(event: MouseEvent<HTMLDivElement>): void {
  if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
}
