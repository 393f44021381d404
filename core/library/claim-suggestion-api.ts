import { randomUUID } from 'node:crypto';
import { ApiError } from '../api/api-error.js';
import type { ResearchNotesApi } from '../api/contract.js';
import type { ClaimSuggestion } from '../model/claim-suggestion.js';
import type { Highlight } from '../model/highlight.js';
import type { ArticleFile } from '../store/article-file-schema.js';
import type { AnnotationContext } from './annotation-context.js';
import { mergeClaimFields } from '../rules/apply-highlight-patch.js';
import { areClaimSuggestionsCurrent, computeClaimSuggestions } from './compute-claim-suggestions.js';

/** The API methods of suggested claims. */
export type ClaimSuggestionMethods = 'listClaimSuggestions' | 'acceptClaimSuggestion' | 'dismissClaimSuggestion';

/**
 * Suggested claims, stored in the article file: computed when first listed (an import or a
 * re-import changes the text, so they are computed anew), recomputed when they were made by
 * another finder version or for another text; listed without those dismissed and those already
 * highlighted (same span); accepting one creates a highlight with its claimant, role and quote kind;
 * dismissing one remembers its text, so it stays dismissed when the suggestions are recomputed.
 */
export function createClaimSuggestionApi(context: AnnotationContext): Pick<ResearchNotesApi, ClaimSuggestionMethods> {
  const current = async (articleId: string): Promise<ClaimSuggestion[]> => {
    context.requireEntry(articleId);
    const file = await context.readArticle(articleId);
    if (areClaimSuggestionsCurrent(file.claimSuggestions, file.article)) return visible(file);
    const computed = await computeClaimSuggestions(file.article, file.claimSuggestions?.dismissed);
    return context.changeArticle(articleId, (changed) => {
      // Dismissed while the finder ran: kept.
      const dismissed = new Set([...computed.dismissed, ...(changed.claimSuggestions?.dismissed ?? [])]);
      changed.claimSuggestions = { ...computed, dismissed: [...dismissed] };
      return visible(changed);
    });
  };
  return {
    listClaimSuggestions: async ({ articleId }) => structuredClone(await current(articleId)),
    acceptClaimSuggestion: async ({ articleId, suggestionId, color }) => {
      await current(articleId);
      return context.changeArticle(articleId, (file) => {
        const suggestion = requireSuggestion(file, suggestionId);
        const now = new Date().toISOString();
        const highlight: Highlight = {
          id: randomUUID(),
          articleId,
          target: structuredClone(suggestion.target),
          claimant: suggestion.claimant,
          tags: [],
          note: '',
          color: color ?? 'yellow',
          // A mixed attribution quotes a few words inside a paraphrase: a paraphrase.
          claim: mergeClaimFields(undefined, { claimantRole: suggestion.role ?? '', quoteKind: suggestion.kind === 'direct' ? 'direct' : 'paraphrase' }),
          createdAt: now,
          updatedAt: now,
        };
        file.highlights.push(highlight);
        return structuredClone(highlight);
      });
    },
    dismissClaimSuggestion: async ({ articleId, suggestionId }) => {
      await current(articleId);
      await context.changeArticle(articleId, (file) => {
        const suggestion = requireSuggestion(file, suggestionId);
        const stored = file.claimSuggestions!;
        if (!stored.dismissed.includes(suggestion.target.quote.exact)) stored.dismissed.push(suggestion.target.quote.exact);
      });
      return null;
    },
  };
}

/** The suggestions to show: not dismissed, not already a highlight of the same span. */
function visible(file: ArticleFile): ClaimSuggestion[] {
  const stored = file.claimSuggestions;
  if (!stored) return [];
  const dismissed = new Set(stored.dismissed);
  const highlighted = new Set(file.highlights.map((highlight) => `${highlight.target.position.start}-${highlight.target.position.end}`));
  return stored.items.filter((item) => !dismissed.has(item.target.quote.exact) && !highlighted.has(`${item.target.position.start}-${item.target.position.end}`));
}

function requireSuggestion(file: ArticleFile, id: string): ClaimSuggestion {
  const suggestion = visible(file).find((candidate) => candidate.id === id);
  if (!suggestion) throw new ApiError('NOT_FOUND', `There is no suggested claim ${id} in article ${file.article.id} (it may have been accepted or dismissed).`);
  return suggestion;
}
