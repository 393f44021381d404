import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Article } from '../../core/model/article.js';
import type { AnchoredHighlight } from './anchored-highlight.js';
import { createArticleExtensions } from './create-article-extensions.js';
import { findInnermostHighlight } from './find-innermost-highlight.js';
import { highlightColorClass } from './highlight-color-class.js';
import { highlightDecorationsKey, selectedHighlightKey, type HighlightDecorationSpec } from './highlight-decorations.js';
import { readDomSelection } from './read-dom-selection.js';
import { readSelectedTextRange } from './read-selected-text-range.js';
import { TextPositionMap } from './text-position-map.js';
import type { TextRange } from './text-range.js';
import { ArticleByline } from './ArticleByline.js';
import { MemoSection } from './MemoSection.js';
import type { ResearchNotesApi } from '../../core/api/contract.js';

/** A request to bring a highlight into view; the nonce repeats a scroll to the same highlight. */
export interface ScrollRequest {
  id: string;
  nonce: number;
}

interface ArticleViewProps {
  api: ResearchNotesApi;
  article: Article;
  anchored: readonly AnchoredHighlight[];
  selectedHighlightId: string | null;
  scrollRequest: ScrollRequest | null;
  onSelectHighlight: (id: string) => void;
  onTextSelectionChange: (range: TextRange | null) => void;
  onError: (error: unknown) => void;
}

/** The open article, read-only, with its highlights drawn over the text. Mount one per article (key it by id). */
export function ArticleView({ api, article, anchored, selectedHighlightId, scrollRequest, onSelectHighlight, onTextSelectionChange, onError }: ArticleViewProps) {
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

  // Editor positions of the highlights: recomputed when the highlights change, but a field edit
  // (same targets, same colours) yields an equal list and so never rebuilds the decorations.
  const specs = useMemo(() => {
    if (!map) return null;
    const list: HighlightDecorationSpec[] = [];
    for (const { highlight, range } of anchored) {
      if (!range) continue;
      const from = map.toPosition(range.start, 'start');
      const to = map.toPosition(range.end, 'end');
      if (from === null || to === null || from >= to) continue;
      list.push({ id: highlight.id, from, to, colorClass: highlightColorClass(highlight.color) });
    }
    // Longest first: ProseMirror nests later decorations inside earlier ones on the same text.
    return list.sort((a, b) => b.to - b.from - (a.to - a.from));
  }, [map, anchored]);
  const drawn = useRef<HighlightDecorationSpec[] | null>(null);
  const latestSelected = useRef(selectedHighlightId);
  latestSelected.current = selectedHighlightId;

  useEffect(() => {
    if (!editor || !specs || (drawn.current && areSpecsEqual(drawn.current, specs))) return;
    drawn.current = specs;
    const transaction = editor.state.tr.setSelection(readDomSelection(editor.view));
    editor.view.dispatch(transaction.setMeta(highlightDecorationsKey, specs).setMeta(selectedHighlightKey, latestSelected.current).setMeta('addToHistory', false));
  }, [editor, specs]);

  useEffect(() => {
    if (!editor || !specs) return;
    const transaction = editor.state.tr.setSelection(readDomSelection(editor.view));
    editor.view.dispatch(transaction.setMeta(selectedHighlightKey, selectedHighlightId).setMeta('addToHistory', false));
  }, [editor, specs, selectedHighlightId]);

  useEffect(() => {
    if (!editor || !map || !scrollRequest) return;
    const element = editor.view.dom.querySelector(`[data-highlight-id="${CSS.escape(scrollRequest.id)}"]`);
    const isMotionReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'center', behavior: isMotionReduced ? 'auto' : 'smooth' });
  }, [editor, map, scrollRequest]);

  const isTextMismatched = map !== null && map.text !== article.text;

  return (
    <article className="article" dir={article.dir ?? undefined} lang={article.lang ?? undefined}>
      <header className="article-header">
        <h1 className="article-title">{article.title}</h1>
        <ArticleByline article={article} />
      </header>
      <MemoSection api={api} articleId={article.id} memo={article.memo} onError={onError} />
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
// A deliberate Ctrl/Cmd+click opens an http(s) link outside the app: Electron's window-open
// handler passes it to the system browser after the click; the web shell's browser opens a tab.
function preventNavigation(event: MouseEvent<HTMLDivElement>): void {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (!link) return;
  event.preventDefault();
  if (event.type === 'click' && (event.ctrlKey || event.metaKey) && /^https?:\/\//i.test(link.href)) window.open(link.href, '_blank', 'noopener,noreferrer');
}

function areSpecsEqual(a: readonly HighlightDecorationSpec[], b: readonly HighlightDecorationSpec[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((spec, index) => {
    const other = b[index]!;
    return spec.id === other.id && spec.from === other.from && spec.to === other.to && spec.colorClass === other.colorClass;
  });
}
