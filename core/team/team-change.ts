import type { Highlight } from '../model/highlight.js';
import type { SharedArticle } from './team-document.js';

/** One change that arrived from the team library, to be put into the local library. */
export type TeamChange =
  | { type: 'article'; article: SharedArticle }
  | { type: 'article-deleted'; articleId: string }
  | { type: 'highlight'; highlight: Highlight }
  | { type: 'highlight-deleted'; articleId: string; highlightId: string };

/** What putting team changes into the local library did. */
export interface TeamApplyResult {
  /** Changes that altered the local library (one already as the team has it is not counted). */
  applied: number;
  /** Team documents that could not be applied, by id, each with why (a highlight whose article is not here). */
  skipped: Array<{ id: string; why: string }>;
}
