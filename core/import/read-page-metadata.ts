import type { HtmlDocument } from './parse-html-document.js';
import { cleanText } from './clean-text.js';
import { safeLinkHref } from './safe-link-href.js';
import { textDirection } from './text-direction.js';

/** What a page says about itself in its head and <html> element. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** The page's own address (canonical link or og:url), when it is http(s). */
  url: string | null;
  /** The page's description metadata. */
  excerpt: string | null;
}

/**
 * Reads a page's metadata from <title>, <meta> tags, <link rel=canonical> and <html lang dir>:
 * the fallback when Readability finds no article, and the only source of the page's address.
 */
export function readPageMetadata(document: HtmlDocument): PageMetadata {
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = cleanText(document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute?.('content'));
      if (value !== null) return value;
    }
    return null;
  };
  const root = document.documentElement;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute?.('href') ?? meta('og:url');
  return {
    title: cleanText(document.querySelector('title')?.textContent) ?? meta('og:title', 'twitter:title', 'dc.title'),
    byline: meta('author', 'article:author', 'dc.creator'),
    siteName: meta('og:site_name'),
    publishedTime: meta('article:published_time', 'datePublished', 'dc.date'),
    lang: cleanText(root?.getAttribute?.('lang')),
    dir: textDirection(root?.getAttribute?.('dir')),
    url: canonical ? safeLinkHref(canonical, null) : null,
    excerpt: meta('description', 'og:description', 'twitter:description', 'dc.description'),
  };
}
