/**
 * The 1-based page number on which a text offset lies, given the text offsets where each page
 * starts (ImportedDocument.pageStarts); null for a document without pages. A page without text
 * shares its start with the next page, which then owns the offset.
 */
export function pageAtOffset(pageStarts: readonly number[] | null | undefined, offset: number): number | null {
  if (!pageStarts || pageStarts.length === 0) return null;
  // Binary search for the last page starting at or before the offset.
  let low = 0;
  let high = pageStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (pageStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
