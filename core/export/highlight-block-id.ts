/**
 * The Obsidian block id of a highlight, `h-` and the first 8 letters or digits of its id (ids are
 * UUIDs, so 8 hex digits clash about once in 4 billion pairs). Obsidian block ids allow only
 * letters, digits and dashes, which is all this yields.
 */
export function highlightBlockId(highlightId: string): string {
  const short = highlightId.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 8);
  return `h-${short || 'x'}`;
}
