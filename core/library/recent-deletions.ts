import { canonicalJson } from '../model/canonical-json.js';
import type { Highlight } from '../model/highlight.js';

/** Deleted highlights remembered: enough for every undo a session offers. */
const REMEMBERED = 1_000;

/**
 * The highlights deleted lately, as they were, so that an undo can put back one that is beyond
 * today's limits (stored before they held): restoreHighlight takes such a highlight only when it
 * is exactly one that was deleted, never as new input.
 */
export class RecentDeletions {
  private readonly deleted = new Map<string, string>();

  remember(highlight: Highlight): void {
    const key = `${highlight.articleId}/${highlight.id}`;
    this.deleted.delete(key);
    this.deleted.set(key, canonicalJson(highlight));
    if (this.deleted.size > REMEMBERED) this.deleted.delete(this.deleted.keys().next().value!);
  }

  /** Whether `highlight` is exactly one deleted lately (whatever the order of its fields). */
  holds(highlight: Highlight): boolean {
    return this.deleted.get(`${highlight.articleId}/${highlight.id}`) === canonicalJson(highlight);
  }
}
