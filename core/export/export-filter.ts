import type { Highlight } from '../model/highlight.js';

/** Which highlights an export keeps: those with a tag and/or by a claimant. */
export interface ExportFilter {
  /** A tag name; a parent tag also matches its children ("Actors" matches "Actors/CSTO"). */
  tag?: string | undefined;
  /** A claimant, matched whole, ignoring case and surrounding spaces. */
  claimant?: string | undefined;
}

/** Whether a highlight passes the filter; an empty filter passes everything. */
export function matchesExportFilter(highlight: Highlight, filter: ExportFilter): boolean {
  const tag = filter.tag?.trim().toLowerCase();
  if (tag) {
    const hasTag = highlight.tags.some((name) => {
      const key = name.trim().toLowerCase();
      return key === tag || key.startsWith(`${tag}/`);
    });
    if (!hasTag) return false;
  }
  const claimant = filter.claimant?.trim().toLowerCase();
  if (claimant && highlight.claimant.trim().toLowerCase() !== claimant) return false;
  return true;
}
