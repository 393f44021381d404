import { ApiError, messageOf } from '../api/api-error.js';
import type { TagChange } from '../api/contract.js';
import type { Highlight } from '../model/highlight.js';
import type { AnnotationContext } from './annotation-context.js';

/** The new tags of a highlight, or null to leave it alone. */
export type NewTags = (highlight: Highlight) => string[] | null;

/**
 * Changes the tags of highlights in several articles, all or nothing: `articles` maps each
 * article to what to do with its highlights, and `required` lists the highlights that must exist
 * (checked in every article before anything is written). Articles are written one by one; if a
 * write fails, the articles already written get their previous tags back. Returns what changed,
 * with the tags before, so setHighlightTags can undo it.
 */
export async function changeHighlightTags(
  context: AnnotationContext,
  articles: ReadonlyMap<string, NewTags>,
  required: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): Promise<TagChange> {
  for (const [articleId, highlightIds] of required) {
    context.requireEntry(articleId);
    const file = await context.readArticle(articleId);
    for (const id of highlightIds) {
      if (!file.highlights.some((highlight) => highlight.id === id)) throw new ApiError('NOT_FOUND', `There is no highlight with id ${id} in article ${articleId}; nothing was changed.`);
    }
  }
  const done: { articleId: string; highlightId: string; tagsBefore: string[] }[] = [];
  try {
    for (const [articleId, newTags] of articles) {
      const changed = await context.changeArticle(articleId, (file) => {
        const ids = required.get(articleId);
        for (const id of ids ?? []) {
          // Gone since the check: deleted by another call in between.
          if (!file.highlights.some((highlight) => highlight.id === id)) throw new ApiError('NOT_FOUND', `The highlight ${id} in article ${articleId} was deleted meanwhile.`);
        }
        const now = new Date().toISOString();
        const changes: typeof done = [];
        for (const highlight of file.highlights) {
          const tags = newTags(highlight);
          if (tags === null) continue;
          changes.push({ articleId, highlightId: highlight.id, tagsBefore: [...highlight.tags] });
          highlight.tags = tags;
          highlight.updatedAt = now;
        }
        return changes;
      });
      done.push(...changed);
    }
  } catch (error) {
    await rollBack(context, done).catch((rollbackError: unknown) => {
      throw new ApiError('STORAGE_FAILED', `The tags could not be changed, and some articles could not be given their previous tags back (${messageOf(rollbackError)}).`, { cause: error });
    });
    throw error;
  }
  return { changed: done };
}

async function rollBack(context: AnnotationContext, done: readonly { articleId: string; highlightId: string; tagsBefore: string[] }[]): Promise<void> {
  const byArticle = new Map<string, Map<string, string[]>>();
  for (const change of done) {
    const before = byArticle.get(change.articleId) ?? new Map<string, string[]>();
    before.set(change.highlightId, change.tagsBefore);
    byArticle.set(change.articleId, before);
  }
  for (const [articleId, before] of byArticle) {
    await context.changeArticle(articleId, (file) => {
      for (const highlight of file.highlights) {
        const tags = before.get(highlight.id);
        if (tags) highlight.tags = tags;
      }
    });
  }
}
