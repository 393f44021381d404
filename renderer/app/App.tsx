import { useCallback, useMemo, useState } from 'react';
import type { ResearchNotesApi } from '../../core/api/contract.js';
import type { ArticleSummary } from '../../core/model/article.js';
import { describeTextRange } from '../../core/anchoring/describe-text-range.js';
import { anchorHighlights } from '../article/anchor-highlights.js';
import { ArticleView, type ScrollRequest } from '../article/ArticleView.js';
import type { TextRange } from '../article/text-range.js';
import { downloadTextFile } from '../export/download-text-file.js';
import { HighlightsPanel } from '../highlights/HighlightsPanel.js';
import { SaveStatus } from '../highlights/SaveStatus.js';
import { highlightShortcut } from '../keyboard/highlight-shortcut.js';
import { useGlobalShortcuts } from '../keyboard/use-global-shortcuts.js';
import { ImportDialog } from '../library/ImportDialog.js';
import { LibraryList } from '../library/LibraryList.js';
import { useLibrary } from '../library/use-library.js';
import { describeError } from './describe-error.js';
import { ErrorBanner } from './ErrorBanner.js';
import { useArticleSession } from './use-article-session.js';

/** The whole window: library on the left, the article in the middle, its highlights on the right. */
export function App({ api }: { api: ResearchNotesApi }) {
  const [error, setError] = useState<string | null>(null);
  const reportError = useCallback((caught: unknown) => setError(describeError(caught)), []);
  const library = useLibrary(api, reportError);
  const session = useArticleSession(api, reportError);
  const { article, highlights, selectedId } = session;
  const [textRange, setTextRange] = useState<TextRange | null>(null);
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest | null>(null);
  const [focusClaimantOf, setFocusClaimantOf] = useState<string | null>(null);
  const [isImportOpen, setImportOpen] = useState(false);

  const onClaimantFocused = useCallback(() => setFocusClaimantOf(null), []);
  const anchored = useMemo(() => (article ? anchorHighlights(article.text, highlights) : []), [article, highlights]);

  const highlightSelection = async () => {
    if (!article || !textRange) return;
    const created = await session.create(describeTextRange(article.text, textRange.start, textRange.end));
    if (!created) return;
    // The new highlight is drawn in place of the selection; the claimant is usually what comes next.
    window.getSelection()?.removeAllRanges();
    setFocusClaimantOf(created.id);
    void library.refresh();
  };

  const selectFromList = (id: string) => {
    session.select(id);
    setScrollRequest((previous) => ({ id, nonce: (previous?.nonce ?? 0) + 1 }));
  };

  const deleteHighlight = async (id: string) => {
    if (await session.remove(id)) void library.refresh();
  };

  const exportMarkdown = async () => {
    if (!article) return;
    try {
      await session.flush();
      const result = await api.exportArticleMarkdown({ articleId: article.id });
      downloadTextFile(result.fileName, result.markdown, 'text/markdown;charset=utf-8');
    } catch (caught) {
      reportError(caught);
    }
  };

  const onImported = (summary: ArticleSummary) => {
    setImportOpen(false);
    void library.refresh();
    void session.open(summary.id);
  };

  useGlobalShortcuts({
    isSuspended: isImportOpen,
    onHighlight: () => void highlightSelection(),
    onEscape: () => {
      window.getSelection()?.removeAllRanges();
      session.select(null);
    },
    onDelete: () => {
      if (selectedId) void deleteHighlight(selectedId);
    },
  });

  return (
    <div className="app">
      <aside className="sidebar">
        <div className="sidebar-head">
          <p className="app-name">Research Notes</p>
          <button type="button" className="button button-primary" onClick={() => setImportOpen(true)}>Import article</button>
        </div>
        <LibraryList articles={library.articles} isLoaded={library.isLoaded} openArticleId={article?.id ?? null} onOpen={(id) => void session.open(id)} />
      </aside>

      <main className="reader">
        <div className="toolbar" role="toolbar" aria-label="Article actions">
          <button
            type="button"
            className="button button-primary"
            disabled={!article || !textRange}
            aria-keyshortcuts={highlightShortcut.aria}
            title={`Highlight the selected text (${highlightShortcut.label})`}
            // Keeps the text selection alive when the button is clicked.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => void highlightSelection()}
          >
            Highlight
          </button>
          <button type="button" className="button" disabled={!article} onClick={() => void exportMarkdown()}>Export Markdown</button>
          <SaveStatus state={session.saveState} />
        </div>
        <ErrorBanner message={error} onDismiss={() => setError(null)} />
        <section className="article-region" aria-label="Article">
          {article ? (
            <ArticleView
              key={article.id}
              article={article}
              anchored={anchored}
              selectedHighlightId={selectedId}
              scrollRequest={scrollRequest}
              onSelectHighlight={session.select}
              onTextSelectionChange={setTextRange}
            />
          ) : (
            <p className="article-empty">{library.articles.length > 0 ? 'Choose an article from the library.' : 'Import an article to start reading and marking claims.'}</p>
          )}
        </section>
      </main>

      <HighlightsPanel
        api={api}
        anchored={anchored}
        hasArticle={article !== null}
        selectedId={selectedId}
        focusClaimantOf={focusClaimantOf}
        onClaimantFocused={onClaimantFocused}
        onSelect={selectFromList}
        onDelete={(id) => void deleteHighlight(id)}
        onChange={session.update}
        onCommit={() => void session.flush()}
        onError={reportError}
      />

      <ImportDialog api={api} isOpen={isImportOpen} onClose={() => setImportOpen(false)} onImported={onImported} />
    </div>
  );
}
