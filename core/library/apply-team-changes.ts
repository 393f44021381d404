import { messageOf } from '../api/api-error.js';
import type { Article } from '../model/article.js';
import type { ArticleFile } from '../store/article-file-schema.js';
import type { TeamApplyResult, TeamChange } from '../team/team-change.js';
import { articleDocumentId, highlightDocumentId, samePayload, sharedArticle } from '../team/team-document.js';

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
 * left alone; one that cannot be applied is reported, never half-done.
 */
export async function applyTeamChanges(context: TeamApplyContext, changes: readonly TeamChange[]): Promise<TeamApplyResult> {
  const result: TeamApplyResult = { applied: 0, skipped: [] };
  const attempt = async (work: () => Promise<number>, failed: readonly TeamChange[]): Promise<void> => {
    try {
      result.applied += await work();
    } catch (error) {
      for (const change of failed) result.skipped.push({ id: documentIdOf(change), why: messageOf(error) });
    }
  };
  for (const change of changes) if (change.type === 'article') await attempt(async () => Number(await applyOne(context, change)), [change]);
  // An article's highlights in one write of its file: a first sync brings ten or more per article.
  const byArticle = new Map<string, Array<Extract<TeamChange, { type: 'highlight' | 'highlight-deleted' }>>>();
  for (const change of changes) {
    if (change.type !== 'highlight' && change.type !== 'highlight-deleted') continue;
    const articleId = change.type === 'highlight' ? change.highlight.articleId : change.articleId;
    byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), change]);
  }
  for (const [articleId, group] of byArticle) await attempt(() => applyHighlightChanges(context, articleId, group), group);
  for (const change of changes) if (change.type === 'article-deleted') await attempt(async () => Number(await applyOne(context, change)), [change]);
  return result;
}

/** Puts one article's highlight changes into its file at once; returns how many changed it. */
async function applyHighlightChanges(context: TeamApplyContext, articleId: string, changes: ReadonlyArray<Extract<TeamChange, { type: 'highlight' | 'highlight-deleted' }>>): Promise<number> {
  if (!context.has(articleId)) {
    // A deletion of what is not here is done already; a highlight needs its article.
    if (changes.every((change) => change.type === 'highlight-deleted')) return 0;
    throw new Error(`its article ${articleId} is not in this library`);
  }
  return context.changeArticle(articleId, (file) => {
    let changed = 0;
    for (const change of changes) {
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

async function applyOne(context: TeamApplyContext, change: Extract<TeamChange, { type: 'article' | 'article-deleted' }>): Promise<boolean> {
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
      // The reader's own place and the kept files on this computer stay this computer's.
      stored.article = withLocalFields({ ...incoming, highlightCount: stored.highlights.length } as Article, stored.article);
      return stored;
    });
    await context.articleArrived(file, false);
    return true;
  }
  if (!context.has(change.articleId)) return false;
  await context.deleteArticle(change.articleId);
  return true;
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
