import type { Article } from '../model/article.js';

/** Every kept original or page an article holds: its own and its earlier captures', each once. */
export function keptFilesOf(article: Article | undefined): string[] {
  if (article === undefined) return [];
  const paths = [article.originalPath, ...(article.previousVersions ?? []).map((version) => version.originalPath)];
  return [...new Set(paths.filter((path): path is string => path !== undefined))];
}
