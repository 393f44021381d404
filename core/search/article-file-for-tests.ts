import type { Highlight } from '../model/highlight.js';
import type { ArticleFile } from '../store/article-file-schema.js';

/** A small article file for tests: paragraphs as given, highlights on words of its text. */
export function articleFileForTests(id: string, title: string, text: string, publishedTime: string | null = null): ArticleFile {
  return {
    schemaVersion: 1,
    article: {
      id,
      title,
      byline: null,
      siteName: null,
      url: null,
      publishedTime,
      lang: null,
      dir: null,
      importedAt: '2024-01-01T00:00:00.000Z',
      contentHash: 'x',
      source: 'test',
      highlightCount: 0,
      text,
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    },
    highlights: [],
  };
}

/** A highlight of `exact` (its first occurrence) in a test article, with the given fields. */
export function highlightForTests(file: ArticleFile, id: string, exact: string, fields: Partial<Highlight> = {}): Highlight {
  const start = file.article.text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the test article`);
  const highlight: Highlight = {
    id,
    articleId: file.article.id,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    },
    claimant: '',
    tags: [],
    note: '',
    color: 'yellow',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...fields,
  };
  file.highlights.push(highlight);
  return highlight;
}
