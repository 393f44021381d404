import { Readability } from '@mozilla/readability';
import type { DocNode } from '../document/doc-node.js';
import { articleTitle } from './article-title.js';
import { boundHtml, type BoundedHtml } from './bound-html.js';
import { htmlToDoc } from './html-to-doc.js';
import { parseHtmlDocument } from './parse-html-document.js';
import { cleanText } from './clean-text.js';
import { readPageMetadata, type PageMetadata } from './read-page-metadata.js';
import { sanitizeArticleHtml } from './sanitize-article-html.js';
import { textDirection } from './text-direction.js';

/**
 * The largest page Readability picks the article from: at most this many elements, and at most
 * this much nesting work (bound-html.ts). Readability measures every element against its
 * descendants, several times over, and tries up to four times on a page with little text:
 * 20,000 elements 99 deep took 26 s. A larger page is imported whole (sanitised, as a pasted
 * fragment is), in time linear in its size. The test pages have at most 2,800 elements and a
 * nesting work of 333,000 (Wikipedia); these limits are ten to thirty times that.
 */
export const READER_VIEW_LIMITS = { maxElements: 30_000, maxNestingWork: 10_000_000 } as const;

/** An HTML page or fragment read into metadata and a document (not yet checked for emptiness). */
export interface HtmlImport extends PageMetadata {
  /** A short summary: Readability's excerpt (the description metadata, else the first paragraph). */
  excerpt: string | null;
  doc: DocNode;
}

/**
 * Reads HTML the way a reader view does: for a whole page, Readability picks the article and its
 * metadata, with the page's own tags as fallback; a pasted fragment is kept whole (the user chose
 * it). Either way the markup is sanitised before it becomes a document. Never throws on bad markup;
 * throws ImportLimitError for a page beyond the limits of bound-html.ts.
 */
export function importHtml(html: string, baseUrl: string | null): HtmlImport {
  const bounded = boundHtml(html);
  const page = parseHtmlDocument(bounded);
  const metadata = readPageMetadata(page);
  // Links resolve against the address the user gave, else the page's own canonical address.
  const linkBase = baseUrl ?? metadata.url;
  const readable = bounded.elementCount <= READER_VIEW_LIMITS.maxElements && bounded.nestingWork <= READER_VIEW_LIMITS.maxNestingWork;
  const article = readable && isWholePage(html) ? readArticle(bounded) : null;
  const fallbackHtml = (page.body as { innerHTML?: string } | null)?.innerHTML ?? '';
  let doc = article?.content ? htmlToDoc(sanitizeArticleHtml(article.content), { baseUrl: linkBase }) : null;
  if (doc === null || (doc.content ?? []).length === 0) doc = htmlToDoc(sanitizeArticleHtml(fallbackHtml), { baseUrl: linkBase });
  return {
    title: cleanText(article?.title) ?? metadata.title,
    byline: cleanText(article?.byline) ?? metadata.byline,
    siteName: cleanText(article?.siteName) ?? metadata.siteName,
    publishedTime: cleanText(article?.publishedTime) ?? metadata.publishedTime,
    lang: cleanText(article?.lang) ?? metadata.lang,
    dir: textDirection(article?.dir) ?? metadata.dir,
    url: metadata.url,
    excerpt: cleanText(article?.excerpt) ?? metadata.excerpt,
    doc,
  };
}

type ReadabilityArticle = NonNullable<ReturnType<Readability['parse']>>;

function readArticle(html: BoundedHtml): ReadabilityArticle | null {
  try {
    // Readability rewrites the document it is given: it gets its own copy.
    const copy = parseHtmlDocument(html);
    // Readability resolves links against the document's base; a page must not choose where its
    // links point (links resolve against the address the user gave, in html-to-doc).
    for (const base of Array.from(copy.querySelectorAll('base'))) base.remove?.();
    const reader = new Readability(copy as never);
    // Readability 0.6 misses en and em dashes as title separators (later releases fixed it); its
    // title method is replaced on this instance only, as the metadata pass calls it by name.
    (reader as unknown as { _getArticleTitle(): string })._getArticleTitle = () => articleTitle(copy);
    return reader.parse();
  } catch {
    // Readability gives up on some malformed pages; the sanitised body is the documented fallback.
    return null;
  }
}

/** Whether HTML is a saved page (Readability's job) rather than a copied fragment. */
function isWholePage(html: string): boolean {
  return /<(html|body)[\s>]/i.test(html) && !/<!--\s*StartFragment\s*-->/i.test(html);
}
