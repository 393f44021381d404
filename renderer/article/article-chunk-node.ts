import { Node } from '@tiptap/core';

/** Name of the wrapper node that groups a long article's blocks in the article view (never stored). */
export const ARTICLE_CHUNK = 'articleChunk';

/**
 * A run of top-level blocks of a long article, drawn as one box (see chunkArticleDoc). The browser
 * skips a box out of view entirely (content-visibility in article.css), and a change in one
 * paragraph lays out the hundred blocks of its box rather than the thousands of the article.
 */
export const ArticleChunkNode = Node.create({
  name: ARTICLE_CHUNK,
  group: 'block',
  content: 'block+',

  parseHTML() {
    return [{ tag: 'div.article-chunk' }];
  },

  renderHTML() {
    return ['div', { class: 'article-chunk' }, 0];
  },
});
