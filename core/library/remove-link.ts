import type { Highlight } from '../model/highlight.js';

/** Removes a link by id from a highlight; returns whether it had it. */
export function removeLink(highlight: Highlight, linkId: string): boolean {
  const links = highlight.links ?? [];
  const kept = links.filter((link) => link.id !== linkId);
  if (kept.length === links.length) return false;
  highlight.links = kept;
  return true;
}
