import { parseHTML } from 'linkedom';
import type { HtmlNode } from './html-node.js';

/** A parsed HTML document, typed by what the importer reads (see html-node.ts). */
export interface HtmlDocument extends HtmlNode {
  readonly documentElement: HtmlNode | null;
  readonly body: HtmlNode | null;
  querySelector(selectors: string): HtmlNode | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlNode>;
}

const HEAD_ELEMENTS = /<title\b[^>]*>[\s\S]*?<\/title\s*>|<meta\b[^>]*>/gi;

/** Parses HTML (a whole page or a fragment) into a document with linkedom; scripts never run. */
export function parseHtmlDocument(html: string): HtmlDocument {
  return parseHTML(withBody(html)).document as HtmlDocument;
}

/**
 * linkedom does not build the implied <html>, <head> and <body> of the HTML parsing algorithm: a
 * page or fragment without an explicit <body> would come out with an empty body. Build them here,
 * keeping the <html> attributes (lang, dir) and moving <title> and <meta> into the head.
 */
function withBody(html: string): string {
  const hasBody = /<body[\s>]/i.test(html);
  if (hasBody && /<html[\s>]/i.test(html)) return html;
  if (hasBody) return `<!DOCTYPE html><html>${html.replace(/<!doctype\b[^>]*>/gi, '')}</html>`;
  const htmlAttributes = /<html\b([^>]*)>/i.exec(html)?.[1] ?? '';
  const rest = html.replace(/<!doctype\b[^>]*>/gi, '').replace(/<\/?(html|head)\b[^>]*>/gi, '');
  const head = rest.match(HEAD_ELEMENTS) ?? [];
  const body = rest.replace(HEAD_ELEMENTS, '');
  return `<!DOCTYPE html><html${htmlAttributes}><head>${head.join('')}</head><body>${body}</body></html>`;
}
