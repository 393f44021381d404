import MarkdownIt from 'markdown-it';
import type { DocNode } from '../document/doc-node.js';
import { collectTextblocks, textblockText } from '../document/doc-text.js';
import { htmlToDoc } from './html-to-doc.js';
import { readFrontMatter } from './read-front-matter.js';
import { sanitizeArticleHtml } from './sanitize-article-html.js';

// Raw HTML in Markdown stays text (html: false), and bare addresses stay words (linkify: false):
// what the author wrote as a link is a link, nothing else is.
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

/** A Markdown article read into its metadata and document (not yet checked for emptiness). */
export interface MarkdownImport {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  doc: DocNode;
}

/**
 * Reads Markdown (CommonMark with GitHub tables and strikethrough) into the document schema through
 * the same sanitiser and converter as web pages. The title is the front matter's, else the first heading's.
 */
export function importMarkdown(source: string, baseUrl: string | null): MarkdownImport {
  const { fields, body } = readFrontMatter(source);
  const doc = htmlToDoc(sanitizeArticleHtml(markdown.render(body)), { baseUrl });
  const firstHeading = collectTextblocks(doc).find((block) => block.type === 'heading');
  return {
    title: fields['title'] ?? (firstHeading === undefined ? null : textblockText(firstHeading).replace(/\s+/g, ' ').trim() || null),
    byline: fields['author'] ?? null,
    publishedTime: fields['date'] ?? null,
    lang: fields['lang'] ?? fields['language'] ?? null,
    doc,
  };
}
