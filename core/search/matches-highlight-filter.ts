import { claimDate } from '../rules/claim-date.js';
import { isGradingAtLeast } from '../model/grading.js';
import type { Highlight } from '../model/highlight.js';
import type { HighlightFilter } from '../model/highlight-filter.js';
import { foldText } from '../rules/fold-text.js';

/**
 * Whether a highlight matches a claims-view filter: claimant and `about` contained, `kind` and
 * `color` equal (text ignoring case and diacritics), every given tag carried (or one of its
 * children), graded at least `minGrading`, claim date within `from`-`to`. The rule the SQL of
 * the search index implements; used as is when the index is unavailable.
 */
export function matchesHighlightFilter(highlight: Highlight, articlePublishedTime: string | null, filter: HighlightFilter): boolean {
  if (filter.articleId !== undefined && highlight.articleId !== filter.articleId) return false;
  if (filter.claimant !== undefined && !foldText(highlight.claimant).includes(foldText(filter.claimant.trim()))) return false;
  if (filter.about !== undefined && !foldText(highlight.claim?.about ?? '').includes(foldText(filter.about.trim()))) return false;
  if (filter.kind !== undefined && foldText(highlight.claim?.kind ?? '').trim() !== foldText(filter.kind.trim())) return false;
  if (filter.color !== undefined && foldText(highlight.color) !== foldText(filter.color.trim())) return false;
  if (filter.minGrading !== undefined && !(highlight.grading && isGradingAtLeast(highlight.grading, filter.minGrading))) return false;
  for (const tag of filter.tags ?? []) {
    const parent = foldText(tag.trim());
    if (!highlight.tags.some((name) => isUnder(foldText(name.trim()), parent))) return false;
  }
  if (filter.from !== undefined || filter.to !== undefined) {
    const day = claimDate(highlight, articlePublishedTime);
    if (day === null || (filter.from !== undefined && day < filter.from) || (filter.to !== undefined && day > filter.to)) return false;
  }
  return true;
}

function isUnder(key: string, parent: string): boolean {
  return key === parent || key.startsWith(`${parent}/`);
}
