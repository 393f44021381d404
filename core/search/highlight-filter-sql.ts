import type { HighlightFilter } from '../model/highlight-filter.js';
import { foldText } from '../rules/fold-text.js';

/** A WHERE clause (over `highlights h`) and its parameters. */
export interface FilterSql {
  where: string;
  params: (string | number)[];
}

/** The claims view's order (newest claim first, undated last), which the index highlights_by_claim serves. */
export const CLAIM_ORDER_SQL = 'h.claim_day IS NULL, h.claim_day DESC, h.title, h.article_id, h.start';

/**
 * The SQL form of matchesHighlightFilter (search-database keeps the folded columns it compares).
 * Every value is a bound parameter; `instr` rather than LIKE, so `%` and `_` typed by the user
 * are plain characters.
 */
export function highlightFilterSql(filter: HighlightFilter): FilterSql {
  const conditions: string[] = [];
  const params: (string | number)[] = [];
  if (filter.articleId !== undefined) {
    conditions.push('h.article_rowid = (SELECT rowid FROM articles WHERE id = ?)');
    params.push(filter.articleId);
  }
  if (filter.claimant !== undefined) {
    conditions.push('instr(h.claimant, ?) > 0');
    params.push(foldText(filter.claimant.trim()));
  }
  if (filter.about !== undefined) {
    conditions.push('instr(h.about, ?) > 0');
    params.push(foldText(filter.about.trim()));
  }
  if (filter.kind !== undefined) {
    conditions.push('h.kind = ?');
    params.push(foldText(filter.kind.trim()));
  }
  if (filter.color !== undefined) {
    conditions.push('h.color = ?');
    params.push(foldText(filter.color.trim()));
  }
  if (filter.minGrading !== undefined) {
    // One letter and one digit each: text order is grade order (A and 1 best).
    conditions.push('h.reliability IS NOT NULL AND h.reliability <= ? AND h.credibility <= ?');
    params.push(filter.minGrading.reliability, filter.minGrading.credibility);
  }
  for (const tag of filter.tags ?? []) {
    const key = foldText(tag.trim());
    // The children of "a" are the keys from "a/" up to "a0" ('0' follows '/'): a range the tag
    // index answers, so a rare tag reads its few highlights instead of testing every one.
    conditions.push('h.rowid IN (SELECT highlight_rowid FROM highlight_tags WHERE tag = ? OR (tag >= ? AND tag < ?))');
    params.push(key, `${key}/`, `${key}0`);
  }
  if (filter.from !== undefined) {
    conditions.push('h.claim_day >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    conditions.push('h.claim_day <= ?');
    params.push(filter.to);
  }
  return { where: conditions.length === 0 ? '1' : conditions.join(' AND '), params };
}
