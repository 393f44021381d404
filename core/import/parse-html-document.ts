import { parseHTML } from 'linkedom';
import { boundHtml, type BoundedHtml } from './bound-html.js';
import type { HtmlNode } from './html-node.js';

/** A parsed HTML document, typed by what the importer reads (see html-node.ts). */
export interface HtmlDocument extends HtmlNode {
  readonly documentElement: HtmlNode | null;
  readonly body: HtmlNode | null;
  querySelector(selectors: string): HtmlNode | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlNode>;
}

/*
 * The patterns below run over whole pages of untrusted markup, so their scans must not overlap:
 * a tag's attributes end at the next "<" or ">" ([^<>]*, not [^>]*, which reads to the end of
 * the input again from every unclosed "<meta": minutes on a hostile page).
 */
const DOCTYPE = /<!doctype\b[^<>]*>/gi;
const HTML_OR_HEAD_TAG = /<\/?(html|head)\b[^<>]*>/gi;
const HTML_START_TAG = /<html\b([^<>]*)>/i;
const TITLE_OR_META_TAG = /<(\/?)(title|meta)\b[^<>]*>/gi;

/**
 * Parses HTML (a whole page or a fragment) into a document with linkedom; scripts never run.
 * Every DOM the importer builds is parsed here, so the nesting cap and the element limit of
 * bound-html.ts hold on every path (web pages, Readability's copy, Markdown, Word documents);
 * markup bounded already (a BoundedHtml) is not read twice.
 */
export function parseHtmlDocument(html: string | BoundedHtml): HtmlDocument {
  const bounded = typeof html === 'string' ? boundHtml(html) : html;
  return parseHTML(withBody(bounded.html)).document as HtmlDocument;
}

/**
 * linkedom does not build the implied <html>, <head> and <body> of the HTML parsing algorithm: a
 * page or fragment without an explicit <body> would come out with an empty body. Build them here,
 * keeping the <html> attributes (lang, dir) and moving <title> and <meta> into the head.
 */
function withBody(html: string): string {
  const hasBody = /<body[\s>]/i.test(html);
  if (hasBody && /<html[\s>]/i.test(html)) return html;
  if (hasBody) return `<!DOCTYPE html><html>${html.replace(DOCTYPE, '')}</html>`;
  const htmlAttributes = HTML_START_TAG.exec(html)?.[1] ?? '';
  const { head, body } = splitHeadElements(html.replace(DOCTYPE, '').replace(HTML_OR_HEAD_TAG, ''));
  return `<!DOCTYPE html><html${htmlAttributes}><head>${head}</head><body>${body}</body></html>`;
}

/**
 * Takes the <title> elements and <meta> tags out of markup, in one pass over their tags: a title
 * runs from its start tag to the next </title> (a meta inside it stays part of it), an unclosed
 * one stays where it is. A regular expression that looked ahead for the end tag scanned the rest
 * of the input again from each unclosed title, and overflowed its stack on a long one.
 */
function splitHeadElements(markup: string): { head: string; body: string } {
  const moved: Array<[number, number]> = [];
  let titleStart = -1;
  let metasInTitle: Array<[number, number]> = [];
  TITLE_OR_META_TAG.lastIndex = 0;
  for (let match = TITLE_OR_META_TAG.exec(markup); match !== null; match = TITLE_OR_META_TAG.exec(markup)) {
    const isEnd = match[1] === '/';
    const end = match.index + match[0].length;
    if (match[2]!.toLowerCase() === 'meta') {
      if (!isEnd) (titleStart < 0 ? moved : metasInTitle).push([match.index, end]);
    } else if (!isEnd) {
      if (titleStart < 0) titleStart = match.index;
    } else if (titleStart >= 0) {
      moved.push([titleStart, end]);
      titleStart = -1;
      metasInTitle = [];
    }
  }
  for (const span of metasInTitle) moved.push(span);
  const head: string[] = [];
  const body: string[] = [];
  let copiedTo = 0;
  for (const [start, end] of moved) {
    body.push(markup.slice(copiedTo, start));
    head.push(markup.slice(start, end));
    copiedTo = end;
  }
  body.push(markup.slice(copiedTo));
  return { head: head.join(''), body: body.join('') };
}
