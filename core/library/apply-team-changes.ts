import { messageOf } from '../api/api-error.js';
import type { Article } from '../model/article.js';
import type { ArticleFile } from '../store/article-file-schema.js';
import type { TeamApplyResult, TeamChange } from '../team/team-change.js';
import { articleDocumentId, highlightDocumentId, samePayload, sharedArticle, type TeamPayload } from '../team/team-document.js';

/** What putting team changes in needs of the library service. */
export interface TeamApplyContext {
  has(articleId: string): boolean;
  readArticle(id: string): Promise<ArticleFile>;
  createArticle(file: ArticleFile): Promise<void>;
  changeArticle<R>(id: string, change: (file: ArticleFile) => R): Promise<R>;
  deleteArticle(id: string): Promise<void>;
  /** Tells the search index and the custody log that an article came or changed (its text, its metadata). */
  articleArrived(file: ArticleFile, isNew: boolean): Promise<void>;
}

/**
 * Puts changes from the team library into the local one: articles first (so their highlights
 * have a file to go in), then highlights, article by article, then articles' deletions. A change the library already holds is
 * left alone; one that cannot be applied is reported, never half-done; a document changed here
 * since the sync recorded it (it no longer holds the change's `expected`) keeps what it holds now,
 * checked inside the write of its file, so no edit of this computer is overwritten.
 */
export async function applyTeamChanges(context: TeamApplyContext, changes: readonly TeamChange[]): Promise<TeamApplyResult> {
  const result: TeamApplyResult = { applied: 0, skipped: [], keptLocal: [] };
  const keep = (id: string, payload: TeamPayload | null): void => void result.keptLocal.push({ id, payload });
  const attempt = async (work: () => Promise<number>, failed: readonly TeamChange[]): Promise<void> => {
    try {
      result.applied += await work();
    } catch (error) {
      for (const change of failed) result.skipped.push({ id: documentIdOf(change), why: messageOf(error) });
    }
  };
  for (const change of changes) if (change.type === 'article') await attempt(async () => Number(await applyOne(context, change, keep)), [change]);
  // An article's highlights in one write of its file: a first sync brings ten or more per article.
  const byArticle = new Map<string, Array<Extract<TeamChange, { type: 'highlight' | 'highlight-deleted' }>>>();
  for (const change of changes) {
    if (change.type !== 'highlight' && change.type !== 'highlight-deleted') continue;
    const articleId = change.type === 'highlight' ? change.highlight.articleId : change.articleId;
    byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), change]);
  }
  for (const [articleId, group] of byArticle) await attempt(() => applyHighlightChanges(context, articleId, group, keep), group);
  for (const change of changes) if (change.type === 'article-deleted') await attempt(async () => Number(await applyOne(context, change, keep)), [change]);
  return result;
}

/** Puts one article's highlight changes into its file at once; returns how many changed it. */
async function applyHighlightChanges(
  context: TeamApplyContext,
  articleId: string,
  changes: ReadonlyArray<Extract<TeamChange, { type: 'highlight' | 'highlight-deleted' }>>,
  keep: (id: string, payload: TeamPayload | null) => void,
): Promise<number> {
  if (!context.has(articleId)) {
    // A deletion of what is not here is done already; a highlight needs its article.
    if (changes.every((change) => change.type === 'highlight-deleted')) return 0;
    // Deleted here during the sync: its highlights' changes wait for the article's deletion to meet them.
    if (changes.every((change) => change.expected != null)) {
      for (const change of changes) keep(documentIdOf(change), null);
      return 0;
    }
    throw new Error(`its article ${articleId} is not in this library`);
  }
  return context.changeArticle(articleId, (file) => {
    let changed = 0;
    for (const change of changes) {
      const highlightId = change.type === 'highlight' ? change.highlight.id : change.highlightId;
      const held = file.highlights.find((stored) => stored.id === highlightId);
      const holds: TeamPayload | null = held ? { type: 'highlight', highlight: held } : null;
      if (!holdsExpected(holds, change.expected)) {
        keep(documentIdOf(change), holds);
        continue;
      }
      if (change.type === 'highlight-deleted') {
        const before = file.highlights.length;
        file.highlights = file.highlights.filter((stored) => stored.id !== change.highlightId);
        changed += Number(file.highlights.length !== before);
        continue;
      }
      const { highlight } = change;
      const index = file.highlights.findIndex((stored) => stored.id === highlight.id);
      if (index >= 0 && samePayload({ type: 'highlight', highlight: file.highlights[index]! }, { type: 'highlight', highlight })) continue;
      if (index >= 0) file.highlights[index] = highlight;
      else file.highlights.push(highlight);
      changed += 1;
    }
    return changed;
  });
}

async function applyOne(
  context: TeamApplyContext,
  change: Extract<TeamChange, { type: 'article' | 'article-deleted' }>,
  keep: (id: string, payload: TeamPayload | null) => void,
): Promise<boolean> {
  const articleId = change.type === 'article' ? change.article.id : change.articleId;
  if (!context.has(articleId) && change.expected != null) {
    // Deleted here while the team changed it: the deletion stays, and meets the change as a conflict.
    keep(documentIdOf(change), null);
    return false;
  }
  if (change.type === 'article') {
    const incoming = change.article;
    if (!context.has(incoming.id)) {
      const file: ArticleFile = { schemaVersion: 1, article: { ...incoming, highlightCount: 0 } as Article, highlights: [] };
      await context.createArticle(file);
      await context.articleArrived(file, true);
      return true;
    }
    const before = (await context.readArticle(incoming.id)).article;
    if (samePayload({ type: 'article', article: sharedArticle(before) }, { type: 'article', article: incoming })) return false;
    const file = await context.changeArticle(incoming.id, (stored) => {
      const holds: TeamPayload = { type: 'article', article: sharedArticle(stored.article) };
      if (!holdsExpected(holds, change.expected)) {
        keep(documentIdOf(change), holds);
        return null;
      }
      // The reader's own place and the kept files on this computer stay this computer's.
      stored.article = withLocalFields({ ...incoming, highlightCount: stored.highlights.length } as Article, stored.article);
      return stored;
    });
    if (file === null) return false;
    await context.articleArrived(file, false);
    return true;
  }
  if (!context.has(change.articleId)) return false;
  if (change.expected !== undefined) {
    const file = await context.readArticle(change.articleId);
    const holds: TeamPayload = { type: 'article', article: sharedArticle(file.article) };
    // Its highlights the team deleted went first; one still here was made or changed here since,
    // so the article stays for it (and comes back to the team as a conflict with the deletion).
    if (!holdsExpected(holds, change.expected) || file.highlights.length > 0) {
      keep(documentIdOf(change), holds);
      return false;
    }
  }
  await context.deleteArticle(change.articleId);
  return true;
}

/** Whether the library still holds what the sync recorded of a document (always, for a change without `expected`). */
function holdsExpected(holds: TeamPayload | null, expected: TeamPayload | null | undefined): boolean {
  if (expected === undefined) return true;
  if (holds === null || expected === null) return holds === expected;
  return samePayload(holds, expected);
}

/** The team's article with this computer's reading position and the paths of the files it keeps. */
function withLocalFields(incoming: Article, local: Article): Article {
  const article: Article = { ...incoming };
  if (local.readingPosition !== undefined) article.readingPosition = local.readingPosition;
  if (local.originalPath !== undefined && local.originalSha256 === incoming.originalSha256) article.originalPath = local.originalPath;
  if (article.previousVersions) {
    const keptBySha = new Map((local.previousVersions ?? []).map((version) => [version.originalSha256, version.originalPath]));
    article.previousVersions = article.previousVersions.map((version) => {
      const kept = keptBySha.get(version.originalSha256);
      return kept === undefined ? version : { ...version, originalPath: kept };
    });
  }
  return article;
}

function documentIdOf(change: TeamChange): string {
  if (change.type === 'article') return articleDocumentId(change.article.id);
  if (change.type === 'article-deleted') return articleDocumentId(change.articleId);
  if (change.type === 'highlight') return highlightDocumentId(change.highlight.articleId, change.highlight.id);
  return highlightDocumentId(change.articleId, change.highlightId);
}
