import { randomUUID } from 'node:crypto';
import { ApiError } from '../api/api-error.js';
import type { ResearchNotesApi } from '../api/contract.js';
import type { LibrarySettings } from '../model/library-settings.js';
import type { SearchIndex } from '../search/search-index.js';
import type { SettingsFile } from '../store/settings-file-schema.js';
import type { AnnotationContext } from './annotation-context.js';
import { deleteTag } from './delete-tag.js';
import { linkHighlights } from './link-highlights.js';
import { normalizeTags } from './normalize-tags.js';
import { renameTags } from './rename-tags.js';
import { restoreHighlight } from './restore-highlight.js';
import { selectClaimants } from './select-claimants.js';
import { setHighlightTags } from './set-highlight-tags.js';
import { tagHighlights } from './tag-highlights.js';
import { tagKey } from '../rules/tag-key.js';
import { toArticleSummary } from './to-article-summary.js';
import { unlinkHighlights } from './unlink-highlights.js';

/** The methods of the annotation workspace that are not changes of older methods. */
export type AnnotationMethods =
  | 'getSettings'
  | 'updateSettings'
  | 'updateArticleMetadata'
  | 'updateArticleMemo'
  | 'setArticleTags'
  | 'setReadingPosition'
  | 'restoreHighlight'
  | 'linkHighlights'
  | 'unlinkHighlights'
  | 'listClaimants'
  | 'renameTag'
  | 'mergeTags'
  | 'deleteTag'
  | 'setTagColor'
  | 'tagHighlights'
  | 'setHighlightTags'
  | 'queryHighlights'
  | 'listSavedFilters'
  | 'saveFilter'
  | 'deleteSavedFilter'
  | 'search';

/** Rows of the claims view a page holds when the caller does not say. */
const DEFAULT_PAGE = 100;

/** Search results when the caller does not say: a screenful. */
const DEFAULT_HITS = 20;

/**
 * The annotation workspace's calls, over the library service's context and the search index;
 * the service exposes each through its call tracking (run), so close() waits for them.
 */
export function createAnnotationApi(context: AnnotationContext, search: SearchIndex): Pick<ResearchNotesApi, AnnotationMethods> {
  return {
    getSettings: async () => toLibrarySettings(context.settings.get()),
    updateSettings: async (args) =>
      toLibrarySettings(
        await context.settings.update((settings) => {
          if (args.colorLegend !== undefined) settings.colorLegend = args.colorLegend.map(({ color, meaning }) => ({ color, meaning }));
          if (args.claimKinds !== undefined) settings.claimKinds = [...new Set(args.claimKinds)];
          if (args.maxPdfPages !== undefined) settings.maxPdfPages = args.maxPdfPages;
          if (args.operatorName !== undefined) settings.operatorName = args.operatorName.trim();
        }),
      ),
    updateArticleMetadata: async ({ articleId, patch }) => {
      context.requireEntry(articleId);
      const summary = await context.changeArticle(articleId, (file) => {
        const article = file.article;
        if (patch.title !== undefined) article.title = patch.title;
        if (patch.byline !== undefined) article.byline = patch.byline;
        if (patch.siteName !== undefined) article.siteName = patch.siteName;
        if (patch.url !== undefined) article.url = patch.url;
        if (patch.publishedTime !== undefined) article.publishedTime = patch.publishedTime;
        if (patch.lang !== undefined) article.lang = patch.lang;
        return toArticleSummary(article);
      });
      search.articleInfoChanged(articleId, summary.title, summary.publishedTime);
      return summary;
    },
    updateArticleMemo: async ({ articleId, memo }) => {
      context.requireEntry(articleId);
      await context.changeArticle(articleId, (file) => {
        file.article.memo = memo;
      });
      return null;
    },
    setArticleTags: async ({ articleId, tags }) => {
      context.requireEntry(articleId);
      // A tag is written as the library already writes it: on a highlight, else on another article.
      const spellingOnArticles = (key: string): string | undefined => {
        for (const entry of context.entries()) {
          if (entry.id === articleId) continue;
          const found = entry.articleTags?.find((name) => tagKey(name) === key);
          if (found !== undefined) return found;
        }
        return undefined;
      };
      return context.changeArticle(articleId, (file) => {
        const normalized = normalizeTags(tags, (key) => context.canonicalTagName(key) ?? spellingOnArticles(key));
        if (normalized.length > 0) file.article.articleTags = normalized;
        else delete file.article.articleTags;
        return toArticleSummary(file.article);
      });
    },
    setReadingPosition: async ({ articleId, offset }) => {
      context.requireEntry(articleId);
      await context.changeArticle(articleId, (file) => {
        // Past the end after a re-import: the end is the nearest place that still exists.
        file.article.readingPosition = Math.min(offset, file.article.text.length);
      });
      return null;
    },
    restoreHighlight: (args) => restoreHighlight(context, args),
    linkHighlights: (args) => linkHighlights(context, args),
    unlinkHighlights: (args) => unlinkHighlights(context, args),
    listClaimants: async (args) => selectClaimants(context.entries(), args.prefix, args.limit),
    renameTag: (args) => renameTags(context, [args.from], args.to),
    mergeTags: (args) => renameTags(context, args.sources, args.into),
    deleteTag: (args) => deleteTag(context, args.name),
    setTagColor: async ({ name, color }) => {
      await context.settings.update((settings) => {
        if (color === null || color === '') delete settings.tagColors[tagKey(name)];
        else settings.tagColors[tagKey(name)] = color;
      });
      return null;
    },
    tagHighlights: (args) => tagHighlights(context, args),
    setHighlightTags: (args) => setHighlightTags(context, args),
    queryHighlights: async ({ filter, limit, offset }) => {
      const page = await search.queryHighlights(filter, limit ?? DEFAULT_PAGE, offset ?? 0);
      const items = [];
      for (const highlight of page.highlights) {
        const entry = safeEntry(context, highlight.articleId);
        if (entry) items.push({ highlight, article: toArticleSummary(entry) });
      }
      return { total: page.total, items };
    },
    listSavedFilters: async () => context.settings.get().savedFilters,
    saveFilter: async ({ id, name, filter }) => {
      const saved = { id: id ?? randomUUID(), name, filter };
      await context.settings.update((settings) => {
        const position = settings.savedFilters.findIndex((candidate) => candidate.id === saved.id);
        if (position >= 0) settings.savedFilters[position] = saved;
        else settings.savedFilters.push(saved);
      });
      return structuredClone(saved);
    },
    deleteSavedFilter: async ({ id }) => {
      await context.settings.update((settings) => {
        const position = settings.savedFilters.findIndex((candidate) => candidate.id === id);
        if (position < 0) throw new ApiError('NOT_FOUND', `There is no saved filter with id ${id}.`);
        settings.savedFilters.splice(position, 1);
      });
      return null;
    },
    search: (args) => search.search(args.query, args.limit ?? DEFAULT_HITS),
  };
}

function toLibrarySettings(settings: SettingsFile): LibrarySettings {
  return { colorLegend: settings.colorLegend, claimKinds: settings.claimKinds, maxPdfPages: settings.maxPdfPages, operatorName: settings.operatorName };
}

function safeEntry(context: AnnotationContext, articleId: string): ReturnType<AnnotationContext['requireEntry']> | null {
  try {
    return context.requireEntry(articleId);
  } catch {
    // Deleted since the page was read from the index: left out rather than failing the page.
    return null;
  }
}
