import { useEffect, useImperativeHandle, useMemo, useRef, type MouseEvent, type ReactNode, type Ref } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { EditorView } from '@tiptap/pm/view';
import type { Article } from '../../core/model/article.js';
import type { AnchoredHighlight } from './anchored-highlight.js';
import { chunkArticleDoc } from './chunk-article-doc.js';
import { createArticleExtensions } from './create-article-extensions.js';
import { findInnermostHighlight } from './find-innermost-highlight.js';
import { readDomSelection } from './read-dom-selection.js';
import { readSelectedTextRange } from './read-selected-text-range.js';
import { textPositionMapKey } from './text-position-map-plugin.js';
import { placeSuggestions, suggestionDecorationsKey, type SuggestionSpan } from './suggestion-decorations.js';
import type { TextRange } from './text-range.js';
import { ArticleProvenance } from './ArticleProvenance.js';
import { useHighlightDrawing, type DrawnAhead } from './use-highlight-drawing.js';
import type { DocNode } from '../../core/document/doc-node.js';
import { MemoSection } from './MemoSection.js';
import { useReadingPosition } from './use-reading-position.js';
import { useSearchMarks, type SearchMarksRequest } from './use-search-marks.js';

/** A request to bring a highlight into view; the nonce repeats a scroll to the same highlight. */
export interface ScrollRequest {
  id: string;
  nonce: number;
}

/** What the app may ask an article view at the moment of a gesture. */
export interface ArticleViewHandle {
  /** The passage selected in the article now, read from the browser (null when none). */
  readSelectedRange(): TextRange | null;
  /** Draws a new highlight now, before the app's state holds it (null when it cannot be placed). */
  drawAhead(highlight: AnchoredHighlight): DrawnAhead | null;
}

interface ArticleViewProps {
  ref?: Ref<ArticleViewHandle>;
  article: Article;
  anchored: readonly AnchoredHighlight[];
  selectedHighlightId: string | null;
  scrollRequest: ScrollRequest | null;
  onSelectHighlight: (id: string) => void;
  onTextSelectionChange: (range: TextRange | null) => void;
  /** The memo as typed (null: emptied), for the save pipeline; and leaving the memo, to send it now. */
  /** Absent: the memo is read only (a team reader's account). */
  onMemoChange?: (articleId: string, memo: DocNode | null) => void;
  onMemoBlur: () => void;
  /** Shown in the header under the provenance (the article's own tags). */
  headerExtra?: ReactNode;
  /** The words a search or find-in-article matched, to mark, and the current one. */
  searchMarks?: SearchMarksRequest | null;
  /** Suggested claims, drawn as dotted underlines; the current one is marked and scrolled to. */
  suggestions?: readonly SuggestionSpan[];
  currentSuggestionId?: string | null;
}

const NO_SUGGESTIONS: readonly SuggestionSpan[] = [];

/** The open article, read-only, with its highlights drawn over the text. Mount one per article (key it by id). */
export function ArticleView({ ref, article, anchored, selectedHighlightId, scrollRequest, onSelectHighlight, onTextSelectionChange, onMemoChange, onMemoBlur, headerExtra, searchMarks = null, suggestions = NO_SUGGESTIONS, currentSuggestionId = null }: ArticleViewProps) {
  const latest = useRef({ anchored, onSelectHighlight });
  latest.current = { anchored, onSelectHighlight };
  // The highlights known at mount go into the editor's first state, so the article is drawn once, with
  // them, instead of drawn bare and then redrawn. Mount-time values on purpose: later changes arrive
  // through the effects below, and ArticleView is mounted anew for every article.
  const extensions = useMemo(() => createArticleExtensions({ highlights: anchored, selectedId: selectedHighlightId }), []); // eslint-disable-line react-hooks/exhaustive-deps
  // A stable object: tiptap calls setOptions, and so redraws and lays out the whole article, on every
  // render whose editorProps differ from the editor's.
  const editorProps = useMemo(
    () => ({
      attributes: { class: 'article-text', 'aria-label': `Text of ${article.title}`, 'aria-readonly': 'true' },
      handleClick(view: EditorView, position: number) {
        const { anchored: current, onSelectHighlight: select } = latest.current;
        const currentMap = textPositionMapKey.getState(view.state);
        // A click that ends a drag-selection is about the selection, not about a highlight.
        if (!currentMap || !window.getSelection()?.isCollapsed) return false;
        const id = findInnermostHighlight(current, currentMap.toOffset(position));
        if (id) select(id);
        return false;
      },
    }),
    [article.title],
  );

  const editor = useEditor({
    extensions,
    // A long article's blocks in chunks the browser can skip while out of view (see chunkArticleDoc).
    content: useMemo(() => chunkArticleDoc(article.doc), [article.doc]),
    editable: false,
    // The CSP allows no inline <style>; the rules tiptap would inject live in article.css.
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps,
  });
  const map = useMemo(() => (editor ? (textPositionMapKey.getState(editor.state) ?? null) : null), [editor]);

  const { drawAhead } = useHighlightDrawing(editor, map, anchored, selectedHighlightId);

  // The browser reports a new selection with selectionchange, a task that a busy page runs after any
  // pending key press: a shortcut must read the selection itself rather than trust the last report.
  useImperativeHandle(ref, () => ({ readSelectedRange: () => (editor && map ? readSelectedTextRange(editor.view, map) : null), drawAhead }), [editor, map, drawAhead]);

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
    if (!editor || !map || !scrollRequest) return;
    const element = editor.view.dom.querySelector(`[data-highlight-id="${CSS.escape(scrollRequest.id)}"]`);
    const isMotionReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'center', behavior: isMotionReduced ? 'auto' : 'smooth' });
  }, [editor, map, scrollRequest]);

  useSearchMarks(editor, map, searchMarks);
  // Opened on a highlight (from search, the claims view, a link) or a search match: that is where to look.
  useReadingPosition(article, editor, map, (scrollRequest !== null && anchored.some((item) => item.highlight.id === scrollRequest.id)) || (searchMarks?.current ?? -1) >= 0);
  // Suggested claims: their own plugin, so the highlight decorations above are never rebuilt for them.
  const highlightedRanges = useMemo(() => anchored.flatMap((item) => (item.range ? [item.range] : [])), [anchored]);
  const drawnSuggestions = useRef<string | null>(null);
  useEffect(() => {
    if (!editor || !map) return;
    const placed = placeSuggestions(map, suggestions, currentSuggestionId, highlightedRanges);
    // Dispatched only when the underlines change: every transaction also sets the editor's selection,
    // and one sent for each new highlight could meet the passage the user is selecting next.
    const key = JSON.stringify(placed);
    if (key !== drawnSuggestions.current) {
      drawnSuggestions.current = key;
      const transaction = editor.state.tr.setSelection(readDomSelection(editor.view));
      editor.view.dispatch(transaction.setMeta(suggestionDecorationsKey, placed).setMeta('addToHistory', false));
    }
    if (currentSuggestionId === null) return;
    const element = editor.view.dom.querySelector(`[data-suggestion-id="${CSS.escape(currentSuggestionId)}"]`);
    element?.scrollIntoView({ block: 'center', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }, [editor, map, suggestions, currentSuggestionId, highlightedRanges]);

  const isTextMismatched = map !== null && map.text !== article.text;

  return (
    <article className="article" dir={article.dir ?? undefined} lang={article.lang ?? undefined}>
      <header className="article-header">
        <h1 className="article-title">{article.title}</h1>
        <ArticleProvenance article={article} />
        {headerExtra}
      </header>
      <MemoSection articleId={article.id} memo={article.memo} onChange={onMemoChange} onBlur={onMemoBlur} />
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
