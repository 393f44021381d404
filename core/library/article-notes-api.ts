import type { ResearchNotesApi } from '../api/contract.js';
import { tagKey } from '../rules/tag-key.js';
import type { AnnotationContext } from './annotation-context.js';
import { normalizeTags } from './normalize-tags.js';
import { toArticleSummary } from './to-article-summary.js';

type ArticleNoteMethods = 'updateArticleMetadata' | 'updateArticleMemo' | 'setArticleTags' | 'setReadingPosition';

/** What the user keeps on an article itself: corrected details, the memo, its own tags, where they were reading. */
export function createArticleNotesApi(context: AnnotationContext): Pick<ResearchNotesApi, ArticleNoteMethods> {
  return {
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
      context.search.articleInfoChanged(articleId, summary.title, summary.publishedTime);
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
  };
}
