import type { HighlightFilter } from '../model/highlight-filter.js';
import { foldText } from './fold-text.js';

/** A WHERE clause (over `highlights h` joined with `articles a`) and its parameters. */
export interface FilterSql {
  where: string;
  params: (string | number)[];
}

/** The day a claim was made: its own, else its article's published day. */
export const CLAIM_DAY_SQL = 'COALESCE(h.made_on, a.day)';

/**
 * The SQL form of matchesHighlightFilter (search-database keeps the folded columns it compares).
 * Every value is a bound parameter; `instr` rather than LIKE, so `%` and `_` typed by the user
 * are plain characters.
 */
export function highlightFilterSql(filter: HighlightFilter): FilterSql {
  const conditions: string[] = [];
  const params: (string | number)[] = [];
  if (filter.articleId !== undefined) {
    conditions.push('a.id = ?');
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
    conditions.push('EXISTS (SELECT 1 FROM highlight_tags t WHERE t.highlight_rowid = h.rowid AND (t.tag = ? OR substr(t.tag, 1, ?) = ?))');
    params.push(key, [...`${key}/`].length, `${key}/`);
  }
  if (filter.from !== undefined) {
    conditions.push(`${CLAIM_DAY_SQL} >= ?`);
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    conditions.push(`${CLAIM_DAY_SQL} <= ?`);
    params.push(filter.to);
  }
  return { where: conditions.length === 0 ? '1' : conditions.join(' AND '), params };
}
