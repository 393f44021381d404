import { randomUUID } from 'node:crypto';
import type { ResearchNotesApi } from '../api/contract.js';
import type { Highlight } from '../model/highlight.js';
import { applyHighlightPatch, noteOfPatch } from '../rules/apply-highlight-patch.js';
import type { AnnotationContext } from './annotation-context.js';
import { assertNoteFits } from './assert-note-fits.js';
import { assertTargetFitsText } from './assert-target-fits-text.js';
import { normalizeTags } from './normalize-tags.js';
import { removeLink } from './remove-link.js';
import { removeOtherLinkEnds } from './remove-other-link-ends.js';
import { requireHighlight } from './require-highlight.js';
import { restoreHighlight } from './restore-highlight.js';

/** Making, editing, deleting and restoring highlights. */
export function createHighlightsApi(context: AnnotationContext): Pick<ResearchNotesApi, 'createHighlight' | 'updateHighlight' | 'deleteHighlight' | 'restoreHighlight'> {
  return {
    createHighlight: async (args) => {
      context.requireEntry(args.articleId);
      return context.changeArticle(args.articleId, (file) => {
        assertTargetFitsText(args.target, file.article.text);
        const { articleId: _articleId, target: _target, ...fields } = args;
        assertNoteFits(noteOfPatch(fields));
        const now = new Date().toISOString();
        const { quote, position } = args.target;
        const highlight: Highlight = {
          id: randomUUID(),
          articleId: args.articleId,
          target: {
            quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
            position: { type: 'TextPositionSelector', start: position.start, end: position.end },
          },
          claimant: args.claimant ?? '',
          tags: normalizeTags(args.tags ?? [], (key) => context.canonicalTagName(key)),
          note: args.note ?? '',
          color: args.color ?? 'yellow',
          createdAt: now,
          updatedAt: now,
        };
        // The other fields an edit could set (claim, grading, a rich note, ...) are set the same way.
        applyHighlightPatch(highlight, fields, () => highlight.tags);
        file.highlights.push(highlight);
        return structuredClone(highlight);
      });
    },

    updateHighlight: async (args) => {
      context.requireEntry(args.articleId);
      return context.changeArticle(args.articleId, (file) => {
        const highlight = requireHighlight(file, args.id);
        const { patch } = args;
        // Checked before any field changes: a failure must leave the highlight as it was.
        assertNoteFits(noteOfPatch(patch));
        const own = highlight.tags;
        const tags = patch.tags === undefined ? highlight.tags : normalizeTags(patch.tags, (key) => context.canonicalTagName(key, own), own);
        applyHighlightPatch(highlight, patch, () => tags);
        highlight.updatedAt = new Date().toISOString();
        return structuredClone(highlight);
      });
    },

    deleteHighlight: async (args) => {
      context.requireEntry(args.articleId);
      const removed = await context.changeArticle(args.articleId, (file) => {
        const highlight = requireHighlight(file, args.id);
        file.highlights.splice(file.highlights.indexOf(highlight), 1);
        // Links inside the article lose their other ends here; those in other articles below.
        for (const link of highlight.links ?? []) {
          const other = link.other.articleId === args.articleId ? file.highlights.find((candidate) => candidate.id === link.other.highlightId) : undefined;
          if (other) removeLink(other, link.id);
        }
        return highlight;
      });
      context.rememberDeleted(removed);
      await removeOtherLinkEnds(context, removed);
      return null;
    },

    restoreHighlight: (args) => restoreHighlight(context, args),
  };
}
