import { createHash } from 'node:crypto';
import type { Article } from '../model/article.js';
import type { ArticleFile } from '../store/article-file-schema.js';
import type { OriginalFiles } from '../store/original-files.js';

/** What keeping a file that came from the team needs of the library service. */
export interface KeepTeamFileContext {
  has(articleId: string): boolean;
  readArticle(id: string): Promise<ArticleFile>;
  changeArticle<R>(id: string, change: (file: ArticleFile) => R): Promise<R>;
  originals: OriginalFiles;
}

/** How it went: kept, not wanted (no slot of the article lacks those bytes), or refused with why. */
export type KeepTeamFileResult = { outcome: 'kept'; path: string } | { outcome: 'not-needed' } | { outcome: 'refused'; why: string };

/** Whether the article records a file with this SHA-256 that this computer does not keep (its own original or an earlier capture's page). */
export function lacksFile(article: Article, sha256: string): boolean {
  if (article.originalSha256 === sha256 && article.originalPath === undefined) return true;
  return (article.previousVersions ?? []).some((version) => version.originalSha256 === sha256 && version.originalPath === undefined);
}

/**
 * Keeps an original or archived page another analyst shared, as evidence beside the article:
 * only bytes whose SHA-256 is the one the article records (the server and the network are not
 * trusted), fetched only when a slot lacks them, written as an import writes its original, and
 * then named in the article file (in one atomic write, checked again inside it). A file the
 * article stopped needing meanwhile is removed again.
 */
export async function keepTeamFile(context: KeepTeamFileContext, articleId: string, sha256: string, fetch: () => Promise<Uint8Array>): Promise<KeepTeamFileResult> {
  if (!context.has(articleId)) return { outcome: 'not-needed' };
  const { article } = await context.readArticle(articleId);
  if (!lacksFile(article, sha256)) return { outcome: 'not-needed' };
  const bytes = await fetch();
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) return { outcome: 'refused', why: `the file sent for it has SHA-256 ${actual}, not the ${sha256} the article records: it was not kept` };
  const path = await context.originals.write(articleId, { bytes, fileName: article.originalFileName ?? '' }, sha256);
  const named = await context.changeArticle(articleId, (file) => {
    let changed = false;
    if (file.article.originalSha256 === sha256 && file.article.originalPath === undefined) {
      file.article.originalPath = path;
      changed = true;
    }
    for (const version of file.article.previousVersions ?? []) {
      if (version.originalSha256 !== sha256 || version.originalPath !== undefined) continue;
      version.originalPath = path;
      changed = true;
    }
    return changed;
  });
  if (named) return { outcome: 'kept', path };
  // Re-imported or given its file while this one was fetched: the file stays only if something names it.
  const now = context.has(articleId) ? (await context.readArticle(articleId)).article : undefined;
  const stillNamed = now !== undefined && (now.originalPath === path || (now.previousVersions ?? []).some((version) => version.originalPath === path));
  if (!stillNamed) await context.originals.remove(path);
  return { outcome: 'not-needed' };
}
