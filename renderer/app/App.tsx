import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TagChange } from '../../core/api/contract.js';
import { describeTextRange } from '../../core/anchoring/describe-text-range.js';
import type { ArticleSummary } from '../../core/model/article.js';
import type { HighlightFilter } from '../../core/model/highlight-filter.js';
import type { HighlightRef } from '../../core/model/highlight-link.js';
import type { SearchHit } from '../../core/model/search-hit.js';
import { anchorHighlights } from '../article/anchor-highlights.js';
import { ArticleEvidence } from '../article/ArticleEvidence.js';
import { CaptureChanges } from '../article/CaptureChanges.js';
import { ArticleTags } from '../article/ArticleTags.js';
import { ArticleView, type ArticleViewHandle, type ScrollRequest } from '../article/ArticleView.js';
import type { TextRange } from '../article/text-range.js';
import { ClaimPanel } from '../claims/ClaimPanel.js';
import { ClaimsView } from '../claims/ClaimsView.js';
import { downloadTextFile } from '../export/download-text-file.js';
import { ExportMenu } from '../export/ExportMenu.js';
import { HighlightEditor } from '../highlights/HighlightEditor.js';
import type { Highlight as StoredHighlight } from '../../core/model/highlight.js';
import { HighlightsPanel } from '../highlights/HighlightsPanel.js';
import { colorMeaningOf } from '../settings/color-meaning-of.js';
import { HighlightSummary } from '../highlights/HighlightSummary.js';
import { dayOf } from '../../core/rules/day-of.js';
import { SaveStatus } from '../highlights/SaveStatus.js';
import type { CommandId } from '../keyboard/command-id.js';
import { CommandPalette } from '../keyboard/CommandPalette.js';
import { isMacPlatform } from '../keyboard/is-mac-platform.js';
import { ariaKeySpec, formatKeySpec } from '../keyboard/key-spec.js';
import { ShortcutsHelp } from '../keyboard/ShortcutsHelp.js';
import { useGlobalShortcuts, type CommandHandlers } from '../keyboard/use-global-shortcuts.js';
import { EditDetailsButton } from '../import/EditDetailsButton.js';
import { ImportCenter } from '../import/ImportCenter.js';
import { LibraryFilters } from '../library/LibraryFilters.js';
import { LibraryList } from '../library/LibraryList.js';
import { useLibrary, type LibraryQuery } from '../library/use-library.js';
import { LinkPickerDialog } from '../links/LinkPickerDialog.js';
import { FindBar } from '../search/FindBar.js';
import { SearchBox } from '../search/SearchBox.js';
import { findTermMatches } from '../../core/rules/find-term-matches.js';
import { SettingsDialog } from '../settings/SettingsDialog.js';
import { SuggestedClaimsPanel } from '../suggestions/SuggestedClaimsPanel.js';
import { useClaimSuggestions } from '../suggestions/use-claim-suggestions.js';
import { useSettings } from '../settings/use-settings.js';
import { TagManagerDialog } from '../tags/TagManagerDialog.js';
import { ClipperPairingDialog } from '../capture/ClipperPairingDialog.js';
import { TeamDialog } from '../team/TeamDialog.js';
import { useTeamStatus } from '../team/use-team-status.js';
import { useTeamAuthorship } from '../team/use-team-authorship.js';
import { useDeletedTeamHighlights } from '../team/use-deleted-team-highlights.js';
import { useCaptureArrivals } from '../capture/use-capture-arrivals.js';
import { ApiError } from '../../core/api/api-error.js';
import { tagOperationEntry } from '../tags/tag-operation-entry.js';
import { TagTree } from '../tags/TagTree.js';
import { useTags } from '../tags/use-tags.js';
import { UndoStack } from '../undo/undo-stack.js';
import { shownError, type ShownError } from './describe-error.js';
import { ErrorBanner } from './ErrorBanner.js';
import { lastArticle } from './last-article.js';
import { LibraryNotices } from './LibraryNotices.js';
import { UndoToast } from './UndoToast.js';
import { useArticleSession } from './use-article-session.js';
import { afterNextFrame } from './after-next-frame.js';
import type { UndoEntry } from '../undo/undo-stack.js';
import { useApi } from '../api/api-context.js';
import { bumpVersions, INITIAL_VERSIONS, type DataKind, type DataVersions } from './data-versions.js';

type Dialog = 'import' | 'settings' | 'tags' | 'palette' | 'help' | 'pairing' | 'team' | null;
const IS_MAC = isMacPlatform();
const HIGHLIGHT_KEY = { aria: ariaKeySpec('Mod+Shift+H', IS_MAC), label: formatKeySpec('Mod+Shift+H', IS_MAC) };

/** The whole window: library, search and tags on the left; the article or the claims view in the middle; the highlights on the right. */
export function App() {
  const api = useApi();
  const [error, setError] = useState<ShownError | null>(null);
  // The one place errors are shown: every hook and dialog reports here, and so does any promise
  // nobody awaited (a bug would otherwise pass unseen).
  const reportError = useCallback((caught: unknown) => setError(shownError(caught)), []);
  useEffect(() => {
    const onUnhandled = (event: PromiseRejectionEvent) => reportError(event.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    return () => window.removeEventListener('unhandledrejection', onUnhandled);
  }, [reportError]);
  // Per kind of data, so a tag added refetches the tags and the claims, not the article list or every linked article.
  const [versions, setVersions] = useState<DataVersions>(INITIAL_VERSIONS);
  const bumpData = useCallback((...kinds: DataKind[]) => setVersions((current) => bumpVersions(current, kinds)), []);
  const [, setUndoVersion] = useState(0);
  const undoStack = useMemo(() => new UndoStack(() => setUndoVersion((version) => version + 1)), []);
  const [libraryQuery, setLibraryQuery] = useState<LibraryQuery>({});
  // The list shows titles, highlight counts and article tags: it is fetched again when articles change.
  const library = useLibrary(libraryQuery, versions.articles, reportError);
  const session = useArticleSession(undoStack, reportError, bumpData);
  const { settings, update: updateSettings, reload: reloadSettings } = useSettings(reportError);
  const { tags, tree } = useTags(versions.tags, reportError);
  const { article, highlights, selectedId } = session;
  const [view, setView] = useState<'reader' | 'claims'>('reader');
  const [claimsFilter, setClaimsFilter] = useState<HighlightFilter>({});
  const [claimsTotal, setClaimsTotal] = useState(0);
  // The claim chosen in the claims view (its Edit button): the side panel's subject there.
  const [claimSelection, setClaimSelection] = useState<string | null>(null);
  const [textRange, setTextRange] = useState<TextRange | null>(null);
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: string; field: 'claimant' | 'tags' } | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [linkSource, setLinkSource] = useState<HighlightRef | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const findRef = useRef<HTMLInputElement>(null);
  // Find in the article: its query (kept across articles, and set by opening a search hit) and the
  // current match; -1 until one is chosen, then the first match at or after the selected highlight.
  const [find, setFind] = useState<{ isOpen: boolean; query: string; current: number }>({ isOpen: false, query: '', current: -1 });
  const articleViewRef = useRef<ArticleViewHandle>(null);
  // Counts highlight requests: only the latest one's answer may move the focus.
  const highlightRequest = useRef(0);

  const onFocused = useCallback(() => setFocusRequest(null), []);
  useEffect(() => {
    if (view === 'claims') setClaimSelection(null);
  }, [view]);
  const isClaims = view === 'claims';
  const { reload: reloadArticle } = session;
  // An accepted suggestion is a highlight: the list shows it, and its claimant joins the claimant suggestions.
  const onSuggestionAccepted = useCallback(() => {
    void reloadArticle();
    bumpData('articles', 'highlights');
  }, [reloadArticle, bumpData]);
  // Changes from the team: the open article is read again, and every list refetched.
  const onTeamChanges = useCallback(() => {
    void reloadArticle();
    reloadSettings();
    bumpData('articles', 'highlights', 'tags', 'links');
  }, [reloadArticle, reloadSettings, bumpData]);
  const team = useTeamStatus(onTeamChanges);
  const teamConflictCount = team.status?.joined ? team.status.conflicts.length : 0;
  // A reader's account: the server refuses its changes, so the app offers none.
  const isTeamReader = team.status?.joined === true && team.status.readOnly;
  const teamAuthorship = useTeamAuthorship(article?.id ?? null, team.status, versions.highlights);
  const deletedAsOfSync = useDeletedTeamHighlights(article?.id ?? null, team.status);
  // One restored since that sync is the library's again.
  const deletedInTeam = useMemo(() => {
    const present = new Set(session.highlights.map((highlight) => highlight.id));
    return deletedAsOfSync.filter((deleted) => !present.has(deleted.highlight.id));
  }, [deletedAsOfSync, session.highlights]);
  const restoreFromTeam = useCallback(
    (highlight: StoredHighlight) => void api.restoreHighlight({ highlight }).then(onTeamChanges, reportError),
    [api, onTeamChanges, reportError],
  );
  const conflictedHighlights = useMemo(
    () => new Set(team.status?.joined ? team.status.conflicts.filter((conflict) => conflict.articleId === article?.id && conflict.highlightId).map((conflict) => conflict.highlightId!) : []),
    [team.status, article?.id],
  );
  const showTeam = useCallback(() => setDialog('team'), []);
  const highlightsTeam = useMemo(
    () => (team.status?.joined ? { authorship: teamAuthorship, conflicted: conflictedHighlights, onShowConflict: showTeam, readOnly: isTeamReader, deleted: deletedInTeam, onRestore: restoreFromTeam } : undefined),
    [team.status?.joined, teamAuthorship, conflictedHighlights, showTeam, isTeamReader, deletedInTeam, restoreFromTeam],
  );
  const claimSuggestions = useClaimSuggestions(article?.id ?? null, article?.contentHash ?? null, onSuggestionAccepted, reportError);
  const [isSuggestionsShown, setIsSuggestionsShown] = useState(true);
  const suggestionSpans = useMemo(
    () => claimSuggestions.suggestions.map(({ id, target }) => ({ id, start: target.position.start, end: target.position.end })),
    [claimSuggestions.suggestions],
  );
  const { setCurrentId: setCurrentSuggestion } = claimSuggestions;
  // Stable across renders (session is a new object each time, its functions are not): the Highlights
  // list's memoised entries re-render only when their own highlight changes.
  const { select: selectInSession, remove: removeHighlight } = session;
  const selectHighlight = useCallback(
    (id: string | null) => {
      setCurrentSuggestion(null);
      selectInSession(id);
    },
    [selectInSession, setCurrentSuggestion],
  );
  const selectSuggestion = useCallback(
    (id: string) => {
      selectInSession(null);
      setIsSuggestionsShown(true);
      setCurrentSuggestion(id);
    },
    [selectInSession, setCurrentSuggestion],
  );
  // Stable, so the memoised panel of a thousand suggestions skips the window's other renders.
  const { accept: acceptSuggestionNow, dismiss: dismissSuggestionNow } = claimSuggestions;
  const acceptSuggestion = useCallback((id: string) => void acceptSuggestionNow(id), [acceptSuggestionNow]);
  const dismissSuggestion = useCallback((id: string) => void dismissSuggestionNow(id), [dismissSuggestionNow]);
  const anchored = useMemo(() => (article ? anchorHighlights(article.text, highlights) : []), [article, highlights]);
  const selected = highlights.find((item) => item.id === selectedId) ?? null;
  const articleText = article?.text ?? '';
  const findMatches = useMemo(() => (find.isOpen ? findTermMatches(articleText, find.query) : []), [articleText, find.isOpen, find.query]);
  const findFrom = find.current >= 0 ? null : (anchored.find((item) => item.highlight.id === selectedId)?.range?.start ?? 0);
  const findCurrent = findMatches.length === 0 ? -1 : findFrom === null ? Math.min(find.current, findMatches.length - 1) : Math.max(0, findMatches.findIndex((match) => match.end > findFrom));
  const searchMarks = useMemo(() => (findMatches.length > 0 ? { ranges: findMatches, current: findCurrent } : null), [findMatches, findCurrent]);
  const stepFind = (direction: 1 | -1) => {
    if (findMatches.length === 0) return;
    setFind((state) => ({ ...state, current: (findCurrent + direction + findMatches.length) % findMatches.length }));
  };
  const openFind = () => {
    setFind((state) => ({ ...state, isOpen: true }));
    // After the bar is drawn; the query stays selected so typing replaces it.
    requestAnimationFrame(() => {
      findRef.current?.focus();
      findRef.current?.select();
    });
  };

  // The article open last time opens again, once the library has said it still exists.
  const restoredRef = useRef(false);
  useEffect(() => {
    if (restoredRef.current || !library.isLoaded) return;
    restoredRef.current = true;
    const id = lastArticle.read();
    if (id && library.articles.some((item) => item.id === id)) void session.open(id);
  }, [library.isLoaded, library.articles, session]);

  const scrollTo = (id: string) => setScrollRequest((previous) => ({ id, nonce: (previous?.nonce ?? 0) + 1 }));

  const goToHighlight = async (ref: HighlightRef) => {
    setView('reader');
    if (article?.id === ref.articleId) session.select(ref.highlightId);
    else if (!(await session.open(ref.articleId, ref.highlightId))) return;
    scrollTo(ref.highlightId);
  };

  // Read afresh even when it is the open article: a page captured again changed its text.
  const showCapture = async (articleId: string, highlightId: string | null) => {
    setView('reader');
    setScrollRequest(null);
    if ((await session.open(articleId, highlightId)) && highlightId !== null) scrollTo(highlightId);
  };

  const openArticle = (id: string) => {
    setView('reader');
    // Opened from the list: where the reader left it, not at a highlight asked for earlier.
    setScrollRequest(null);
    void session.open(id);
  };

  const highlightSelection = async () => {
    // The selection as it is now, not as the last selectionchange reported it: on a busy page the key
    // press is handled before that event, and the report would still be of no selection (the previous
    // highlight took it away) or of the passage selected before.
    const range = articleViewRef.current?.readSelectedRange() ?? null;
    if (!article || !range) return;
    const request = ++highlightRequest.current;
    const target = describeTextRange(article.text, range.start, range.end);
    // The new highlight is drawn at once in place of the selection, so the selection goes now: cleared
    // when the library answers, it would take away the next passage the user selected meanwhile, and
    // with it the Highlight button they are about to press.
    window.getSelection()?.removeAllRanges();
    // The fields shown from now on are the new highlight's (once stored): left open, the previous
    // highlight's would take the tag or claimant typed for the new one while the library answers.
    // Closed once the new highlight is drawn: a render started now would hold back the frame that shows it.
    void afterNextFrame().then(() => startTransition(() => session.select(null)));
    const created = await session.create(target, undefined, (provisional) => articleViewRef.current?.drawAhead({ highlight: provisional, range }) ?? null);
    // The claimant is usually what comes next, unless a later highlight is on its way (HighlightEditor
    // also leaves the focus alone when a new passage is selected).
    if (!created || request !== highlightRequest.current) return;
    setFocusRequest({ id: created.id, field: 'claimant' });
  };

  const selectFromList = useCallback(
    (id: string) => {
      selectHighlight(id);
      setScrollRequest((previous) => ({ id, nonce: (previous?.nonce ?? 0) + 1 }));
    },
    [selectHighlight],
  );
  // The message after a deletion, offering its undo while that deletion is still the next one to undo.
  const [deletion, setDeletion] = useState<{ message: string; entry: UndoEntry } | null>(null);
  const dismissDeletion = useCallback(() => setDeletion(null), []);
  // Read when a deletion is asked, so that deleteHighlight stays the same function across renders
  // (the Highlights list's memoised entries re-render only when their own highlight changes).
  const latestForDeletion = useRef({ highlights: session.highlights, undoStack });
  latestForDeletion.current = { highlights: session.highlights, undoStack };
  const deleteHighlight = useCallback(
    (id: string) => {
      const quote = latestForDeletion.current.highlights.find((item) => item.id === id)?.target.quote.exact ?? '';
      void removeHighlight(id).then((isRemoved) => {
        const entry = latestForDeletion.current.undoStack.nextUndo;
        if (isRemoved && entry) setDeletion({ message: `Highlight deleted: “${quote.length > 60 ? `${quote.slice(0, 60)}…` : quote}”`, entry });
      });
    },
    [removeHighlight],
  );

  const step = (direction: 1 | -1) => {
    const drawn = anchored.filter((item) => item.range);
    if (drawn.length === 0) return;
    const index = drawn.findIndex((item) => item.highlight.id === selectedId);
    const next = index < 0 ? (direction === 1 ? 0 : drawn.length - 1) : (index + direction + drawn.length) % drawn.length;
    selectFromList(drawn[next]!.highlight.id);
  };

  const undoOrRedo = async (action: 'undo' | 'redo') => {
    session.commitEdits();
    try {
      const entry = await undoStack[action]();
      if (!entry) return;
      await session.reload();
      bumpData();
    } catch (caught) {
      reportError(caught);
    }
  };

  const recordTagChange = useCallback(
    (label: string, change: TagChange | null, run: (() => Promise<TagChange>) | null) => {
      if (change && run) undoStack.push(tagOperationEntry(api, label, change, run));
      void session.reload();
      bumpData('tags', 'highlights', 'articles');
    },
    [api, undoStack, session, bumpData],
  );

  const exportMarkdown = async () => {
    if (!article) return;
    try {
      await session.flush();
      // The same call as the Export menu's "Markdown: this article", so both give the same note.
      const file = await api.exportLibrary({ format: 'md', articleId: article.id });
      downloadTextFile(file.fileName, file.content, file.mediaType);
    } catch (caught) {
      reportError(caught);
    }
  };

  const openImport = useCallback(() => setDialog('import'), []);
  const closeDialog = useCallback(() => setDialog(null), []);
  // A page sent from the browser clipper: shown arriving, then opened, its selection already a highlight.
  const arrivingCapture = useCaptureArrivals(
    (capture) => {
      bumpData('articles');
      if (capture.articleId !== undefined) void showCapture(capture.articleId, capture.highlightId ?? null);
      if (capture.message !== undefined) reportError(new ApiError('NOT_FOUND', capture.message));
    },
    (capture) => reportError(new ApiError('IMPORT_FAILED', `The page sent from the browser (${capture.url}) could not be imported: ${capture.message ?? 'no reason given'}`)),
  );
  const onImported = (summary: ArticleSummary) => {
    setDialog(null);
    bumpData('articles');
    openArticle(summary.id);
  };

  const openSearchHit = (hit: SearchHit, query: string) => {
    // The searched words are marked in the article, from the first one in the highlight (or the start).
    setFind({ isOpen: true, query, current: -1 });
    if (hit.highlightId) void goToHighlight({ articleId: hit.articleId, highlightId: hit.highlightId });
    else openArticle(hit.articleId);
  };

  // The highlight the side panel shows: the selected one in the reader, the chosen claim in the claims view.
  const panelHighlight = isClaims ? (claimSelection !== null && selected?.id === claimSelection ? selected : null) : selected;
  const chooseClaim = async (ref: HighlightRef) => {
    // The claim's article becomes the open one, so the panel edits it and the library list agrees.
    if (article?.id === ref.articleId) session.select(ref.highlightId);
    else if (!(await session.open(ref.articleId, ref.highlightId))) return;
    setClaimSelection(ref.highlightId);
  };
  const highlightEditorFor = (highlight: typeof selected) =>
    highlight && isTeamReader ? (
      <HighlightSummary highlight={highlight} colorMeaning={colorMeaningOf(settings.colorLegend, highlight.color)} />
    ) : highlight && (
      <HighlightEditor
        highlight={highlight}
        settings={settings}
        articleDay={dayOf(article?.publishedTime)}
        linksVersion={versions.links}
        shouldFocusClaimant={focusRequest?.id === highlight.id && focusRequest.field === 'claimant'}
        shouldFocusTags={focusRequest?.id === highlight.id && focusRequest.field === 'tags'}
        onFocused={onFocused}
        onChange={(patch) => {
          session.update(highlight.id, patch);
          // The tag tree and the library's counts follow a tag once it is stored.
          if (patch.tags) void session.flush().then(() => bumpData('tags', 'highlights'));
        }}
        onCommit={() => void session.flush()}
        onOpenLinked={(ref) => void goToHighlight(ref)}
        onLink={() => setLinkSource({ articleId: highlight.articleId, highlightId: highlight.id })}
        onUnlink={(link) => void session.unlink(highlight, link)}
        onError={reportError}
      />
    );

  const commands: CommandHandlers = {
    // Always there with an article open: whether text is selected is known only when the key is pressed.
    highlight: article && view === 'reader' && !isTeamReader ? () => void highlightSelection() : undefined,
    reviewSuggestions: view === 'reader' && !isTeamReader && claimSuggestions.suggestions.length > 0 && !claimSuggestions.current ? () => {
      session.select(null);
      setIsSuggestionsShown(true);
      claimSuggestions.step(1);
    } : undefined,
    nextSuggestion: claimSuggestions.current ? () => claimSuggestions.step(1) : undefined,
    previousSuggestion: claimSuggestions.current ? () => claimSuggestions.step(-1) : undefined,
    acceptSuggestion: claimSuggestions.current && !isTeamReader ? () => void claimSuggestions.accept(claimSuggestions.current!.id) : undefined,
    dismissSuggestion: claimSuggestions.current && !isTeamReader ? () => void claimSuggestions.dismiss(claimSuggestions.current!.id) : undefined,
    undo: undoStack.canUndo ? () => void undoOrRedo('undo') : undefined,
    redo: undoStack.canRedo ? () => void undoOrRedo('redo') : undefined,
    // In the claims view, the commands about highlights act on the claim in the side panel, or on nothing.
    nextHighlight: !isClaims && anchored.length > 0 ? () => step(1) : undefined,
    previousHighlight: !isClaims && anchored.length > 0 ? () => step(-1) : undefined,
    focusTags: panelHighlight && !isTeamReader ? () => setFocusRequest({ id: panelHighlight.id, field: 'tags' }) : undefined,
    linkHighlight: panelHighlight && !isTeamReader ? () => setLinkSource({ articleId: panelHighlight.articleId, highlightId: panelHighlight.id }) : undefined,
    deleteHighlight: panelHighlight && !isTeamReader ? () => deleteHighlight(panelHighlight.id) : undefined,
    deselect: () => {
      window.getSelection()?.removeAllRanges();
      selectHighlight(null);
    },
    search: () => searchRef.current?.focus(),
    find: article && !isClaims ? openFind : undefined,
    findNext: find.isOpen && findMatches.length > 0 && !isClaims ? () => stepFind(1) : undefined,
    findPrevious: find.isOpen && findMatches.length > 0 && !isClaims ? () => stepFind(-1) : undefined,
    palette: () => setDialog('palette'),
    help: () => setDialog('help'),
    showReader: () => setView('reader'),
    showClaims: () => setView('claims'),
    manageTags: () => setDialog('tags'),
    openSettings: () => setDialog('settings'),
    importArticle: () => setDialog('import'),
    exportMarkdown: article && !isClaims ? () => void exportMarkdown() : undefined,
  };
  useGlobalShortcuts(commands);
  const available = new Set(Object.entries(commands).filter(([id, run]) => run !== undefined && (id !== 'highlight' || textRange !== null)).map(([id]) => id as CommandId));

  return (
    <div className="app">
      <aside className="sidebar">
        <div className="sidebar-head">
          <p className="app-name">Research Notes</p>
          <button type="button" className="button button-primary" onClick={() => setDialog('import')}>Import article</button>
          <SearchBox inputRef={searchRef} shortcutLabel={formatKeySpec('Mod+K', IS_MAC)} onOpen={openSearchHit} onError={reportError} />
          <div className="view-switch" role="group" aria-label="View">
            <button type="button" className="button button-small" aria-pressed={view === 'reader'} onClick={() => setView('reader')}>Reader</button>
            <button type="button" className="button button-small" aria-pressed={view === 'claims'} onClick={() => setView('claims')}>Claims view</button>
          </div>
          <LibraryFilters query={libraryQuery} onChange={setLibraryQuery} />
        </div>
        <LibraryList articles={library.articles} isLoaded={library.isLoaded} openArticleId={article?.id ?? null} onOpen={openArticle} />
        <div className="sidebar-tags">
          <div className="sidebar-section-head">
            <h2 className="panel-heading">Tags</h2>
            <button type="button" className="button button-small" onClick={() => setDialog('tags')}>Manage tags</button>
          </div>
          <TagTree
            nodes={tree}
            activeTag={view === 'claims' && claimsFilter.tags?.length === 1 ? claimsFilter.tags[0]! : null}
            onPick={(path) => {
              setClaimsFilter({ tags: [path] });
              setView('claims');
            }}
          />
        </div>
      </aside>

      <main className="reader">
        <div className="toolbar" role="toolbar" aria-label={isClaims ? 'Claims actions' : 'Article actions'}>
          {/* In the claims view the toolbar acts on the claims shown: nothing here is about one article. */}
          {!isClaims && !isTeamReader && (
            <button
              type="button"
              className="button button-primary"
              disabled={!article || !textRange || view !== 'reader'}
              aria-keyshortcuts={HIGHLIGHT_KEY.aria}
              title={`Highlight the selected text (${HIGHLIGHT_KEY.label})`}
              // Keeps the text selection alive when the button is clicked.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void highlightSelection()}
            >
              Highlight
            </button>
          )}
          {!isClaims && <button type="button" className="button" disabled={!article} onClick={() => void exportMarkdown()}>Export Markdown</button>}
          {!isClaims && !isTeamReader && (
            <button
              type="button"
              className="button"
              disabled={!article || view !== 'reader'}
              aria-pressed={article !== null && isSuggestionsShown}
              aria-busy={claimSuggestions.isListing}
              title={`Show or hide the claims found in the article (${formatKeySpec('S', IS_MAC)} goes through them)`}
              onClick={() => setIsSuggestionsShown((shown) => !shown)}
            >
              Suggested claims{article && <span className="toolbar-count"> {claimSuggestions.suggestions.length}</span>}
            </button>
          )}
          <ExportMenu
            article={isClaims ? null : article}
            tag={isClaims && claimsFilter.tags?.length === 1 ? claimsFilter.tags[0] : undefined}
            claimant={isClaims ? claimsFilter.claimant : undefined}
            claims={isClaims ? { filter: claimsFilter, total: claimsTotal } : undefined}
            beforeExport={session.flush}
            onError={reportError}
          />
          {!isClaims && !isTeamReader && <EditDetailsButton article={article} onSaved={(saved) => { openArticle(saved.id); bumpData('articles', 'links'); }} />}
          <button type="button" className="button button-quiet" aria-label="Undo last edit" title={`Undo ${undoStack.undoLabel ?? ''} (${formatKeySpec('Mod+Z', IS_MAC)})`} disabled={!undoStack.canUndo} onClick={() => void undoOrRedo('undo')}>↶</button>
          <button type="button" className="button button-quiet" aria-label="Redo edit" title={`Redo ${undoStack.redoLabel ?? ''} (${formatKeySpec('Mod+Shift+Z', IS_MAC)})`} disabled={!undoStack.canRedo} onClick={() => void undoOrRedo('redo')}>↷</button>
          <button type="button" className="button button-quiet" onClick={() => setDialog('settings')}>Colours…</button>
          <button type="button" className="button button-quiet" onClick={() => setDialog('pairing')}>Pair browser clipper…</button>
          <button type="button" className="button button-quiet" onClick={() => setDialog('team')}>
            Team…{isTeamReader && <span className="toolbar-count"> read only</span>}{teamConflictCount > 0 && <span className="toolbar-count team-conflict-count"> {teamConflictCount === 1 ? '1 conflict' : `${teamConflictCount} conflicts`}</span>}
          </button>
          <button type="button" className="button button-quiet" title={`Command palette (${formatKeySpec('Mod+Shift+P', IS_MAC)})`} onClick={() => setDialog('palette')}>Commands</button>
          <SaveStatus state={session.saveState} />
        </div>
        <ErrorBanner error={error} onDismiss={() => setError(null)} />
        {arrivingCapture !== null && (
          <p className="capture-arriving" role="status">
            Receiving from the browser: {arrivingCapture.title || arrivingCapture.url}…
          </p>
        )}
        <LibraryNotices version={versions.articles} />
        {view === 'claims' ? (
          <ClaimsView
            filter={claimsFilter}
            claimKinds={settings.claimKinds}
            version={versions.highlights + versions.tags}
            onFilterChange={setClaimsFilter}
            onOpen={(ref) => void goToHighlight(ref)}
            selectedId={panelHighlight?.id ?? null}
            liveHighlight={panelHighlight}
            onSelect={(ref) => void chooseClaim(ref)}
            onTotal={setClaimsTotal}
            onTagged={recordTagChange}
            onError={reportError}
          />
        ) : (
          <div className="reader-body">
          <section className="article-region" aria-label="Article">
            {article && find.isOpen && (
              <FindBar
                query={find.query}
                count={findMatches.length}
                current={findCurrent}
                inputRef={findRef}
                nextLabel="F3"
                previousLabel="Shift+F3"
                onQueryChange={(query) => setFind({ isOpen: true, query, current: -1 })}
                onNext={() => stepFind(1)}
                onPrevious={() => stepFind(-1)}
                onClose={() => setFind((state) => ({ ...state, isOpen: false }))}
              />
            )}
            {article ? (
              <ArticleView
                // A re-import changes the text of the same article: its document must be drawn anew.
                key={`${article.id}:${article.contentHash}`}
                ref={articleViewRef}
                article={article}
                anchored={anchored}
                selectedHighlightId={selectedId}
                scrollRequest={scrollRequest}
                onSelectHighlight={selectHighlight}
                onTextSelectionChange={setTextRange}
                {...(isTeamReader ? {} : { onMemoChange: session.saveMemo })}
                onMemoBlur={session.flush}
                searchMarks={searchMarks}
                headerExtra={
                  <>
                    {isTeamReader ? (
                      (article.articleTags?.length ?? 0) > 0 && <p className="article-tags-read">Article tags: {article.articleTags!.join(', ')}</p>
                    ) : (
                      <ArticleTags tags={article.articleTags ?? []} onChange={(tags) => void session.setArticleTags(tags)} onError={reportError} />
                    )}
                    <ArticleEvidence article={article} onError={reportError} />
                    <CaptureChanges article={article} onShowHighlight={(highlightId) => void goToHighlight({ articleId: article.id, highlightId })} onError={reportError} />
                  </>
                }
                suggestions={suggestionSpans}
                currentSuggestionId={claimSuggestions.currentId}
              />
            ) : (
              <p className="article-empty">{library.articles.length > 0 ? 'Choose an article from the library.' : 'Import an article to start reading and marking claims.'}</p>
            )}
          </section>
          {article && isSuggestionsShown && !isTeamReader && (
            <SuggestedClaimsPanel
              suggestions={claimSuggestions.suggestions}
              currentId={claimSuggestions.currentId}
              onSelect={selectSuggestion}
              onAccept={acceptSuggestion}
              onDismiss={dismissSuggestion}
            />
          )}
          </div>
        )}
      </main>

      {isClaims ? (
        <ClaimPanel
          claim={panelHighlight && article ? { highlight: panelHighlight, articleTitle: article.title } : null}
          total={claimsTotal}
          editor={highlightEditorFor(panelHighlight)}
          onOpenInArticle={() => panelHighlight && void goToHighlight({ articleId: panelHighlight.articleId, highlightId: panelHighlight.id })}
          {...(isTeamReader ? {} : { onDelete: () => panelHighlight && deleteHighlight(panelHighlight.id) })}
        />
      ) : (
        <HighlightsPanel
          // A new panel per article: its entries start empty rather than showing the last article's.
          key={article?.id ?? ''}
          anchored={anchored}
          hasArticle={article !== null}
          selectedId={selectedId}
          legend={settings.colorLegend}
          highlightKeyLabel={HIGHLIGHT_KEY.label}
          onSelect={selectFromList}
          onDelete={deleteHighlight}
          editor={highlightEditorFor(selected)}
          {...(highlightsTeam ? { team: highlightsTeam } : {})}
        />
      )}

      <UndoToast
        message={deletion && undoStack.nextUndo === deletion.entry ? deletion.message : null}
        onUndo={() => {
          setDeletion(null);
          void undoOrRedo('undo');
        }}
        onDismiss={dismissDeletion}
      />
      <ImportCenter isOpen={dialog === 'import'} onOpen={openImport} onClose={() => setDialog(null)} onImported={onImported} onStored={() => bumpData('articles')} onOpenExisting={openArticle} />
      <SettingsDialog isOpen={dialog === 'settings'} settings={settings} onClose={() => setDialog(null)} onSave={updateSettings} />
      <TagManagerDialog isOpen={dialog === 'tags'} tags={tags} onClose={() => setDialog(null)} onChanged={recordTagChange} onUndo={() => undoOrRedo('undo')} />
      <CommandPalette isOpen={dialog === 'palette'} available={available} onClose={() => setDialog(null)} onRun={(id) => commands[id]?.()} />
      <ShortcutsHelp isOpen={dialog === 'help'} onClose={() => setDialog(null)} />
      <ClipperPairingDialog isOpen={dialog === 'pairing'} onClose={closeDialog} onError={reportError} />
      <TeamDialog isOpen={dialog === 'team'} status={team.status} onStatus={team.setStatus} onResolved={onTeamChanges} onClose={closeDialog} />
      <LinkPickerDialog
        source={linkSource}
        onClose={() => setLinkSource(null)}
        onLink={(to, relation) => (linkSource ? session.link(linkSource, to, relation) : Promise.resolve(false))}
        onError={reportError}
      />
    </div>
  );
}
