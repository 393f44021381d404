import type { Highlight } from '../model/highlight.js';

/** Orders highlights as they appear in the text: by start, then the longer (outer) one first, then by creation. */
export function compareHighlightsByPosition(a: Highlight, b: Highlight): number {
  const pa = a.target.position;
  const pb = b.target.position;
  return pa.start - pb.start || pb.end - pa.end || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}
