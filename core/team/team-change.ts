import type { Highlight } from '../model/highlight.js';
import type { SharedArticle, TeamPayload } from './team-document.js';

/**
 * One change that arrived from the team library, to be put into the local library. `expected` is
 * what the library held of that document when the sync recorded its changes (null: nothing): a
 * change is put in only while the library still holds that, so an edit made here during the sync
 * is kept (and becomes a conflict), never overwritten. Without `expected` the change is put in
 * whatever the library holds (a version chosen to resolve a conflict).
 */
export type TeamChange = (
  | { type: 'article'; article: SharedArticle }
  | { type: 'article-deleted'; articleId: string }
  | { type: 'highlight'; highlight: Highlight }
  | { type: 'highlight-deleted'; articleId: string; highlightId: string }
) & { expected?: TeamPayload | null };

/** What putting team changes into the local library did. */
export interface TeamApplyResult {
  /** Changes that altered the local library (one already as the team has it is not counted). */
  applied: number;
  /** Team documents that could not be applied, by id, each with why (a highlight whose article is not here). */
  skipped: Array<{ id: string; why: string }>;
  /** Documents changed here since the sync recorded them: left as they are here, by id, with what they now hold (null: deleted). */
  keptLocal: Array<{ id: string; payload: TeamPayload | null }>;
}
