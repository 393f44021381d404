import { ApiError } from '../api/api-error.js';
import type { Highlight } from '../model/highlight.js';
import type { ArticleFile } from '../store/article-file-schema.js';

/** A highlight of an article file; NOT_FOUND when it has none with this id. */
export function requireHighlight(file: ArticleFile, id: string): Highlight {
  const highlight = file.highlights.find((candidate) => candidate.id === id);
  if (!highlight) throw new ApiError('NOT_FOUND', `There is no highlight with id ${id} in article ${file.article.id}.`);
  return highlight;
}
