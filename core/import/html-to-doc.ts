import type { DocMark, DocNode } from '../document/doc-node.js';
import { appendAll } from './append-all.js';
import type { HtmlNode } from './html-node.js';
import { InlineRun } from './inline-run.js';
import { isSafeImageSource } from './is-safe-image-source.js';
import { padTableRows } from './pad-table-rows.js';
import { parseHtmlDocument } from './parse-html-document.js';
import { safeLinkHref } from './safe-link-href.js';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// Maps, not object literals: they are looked up by the page's tag names ("constructor" is none).
const HEADING_LEVELS: ReadonlyMap<string, number> = new Map([['h1', 1], ['h2', 2], ['h3', 3], ['h4', 4], ['h5', 5], ['h6', 6]]);
const MARK_BY_TAG: ReadonlyMap<string, string> = new Map([
  ['b', 'bold'], ['strong', 'bold'], ['i', 'italic'], ['em', 'italic'], ['cite', 'italic'], ['dfn', 'italic'], ['var', 'italic'],
  ['u', 'underline'], ['ins', 'underline'], ['s', 'strike'], ['strike', 'strike'], ['del', 'strike'],
  ['code', 'code'], ['kbd', 'code'], ['samp', 'code'], ['tt', 'code'],
]);
/** Elements that only group blocks: read through, ending any paragraph before and after them. */
const CONTAINER_TAGS: ReadonlySet<string> = new Set([
  'body', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'address', 'details',
  'summary', 'dl', 'dt', 'dd', 'center', 'figure', 'form', 'fieldset', 'legend', 'hgroup',
  // Parts of lists and tables met outside their list or table.
  'li', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot',
]);
/** Elements never shown (sanitisation removes them already; this keeps html-to-doc safe alone). */
const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math',
  'canvas', 'audio', 'video', 'picture', 'source', 'textarea', 'select', 'option', 'button', 'input', 'meta', 'link', 'base',
]);

/** Options of htmlToDoc. */
export interface HtmlToDocOptions {
  /** The page's address: relative links resolve against it; without it they are dropped. */
  baseUrl: string | null;
}

/**
 * Converts (sanitised) article HTML into a tiptap JSON document that uses only the names of
 * core/document/schema-names.ts and fits tiptap's content rules: inline content loose in a
 * container becomes paragraphs, list items start with a paragraph, tables are rectangular, and
 * apart from empty table cells (which must hold a block) there are no empty textblocks.
 */
export function htmlToDoc(html: string, options: HtmlToDocOptions): DocNode {
  const body = parseHtmlDocument(html).body;
  const builder = new DocBuilder(options.baseUrl);
  return { type: 'doc', content: body === null ? [] : builder.blocksOf(body, []) };
}

/** Where converted blocks go, with the textblock being filled. */
class BlockSink {
  readonly blocks: DocNode[] = [];
  run = new InlineRun();
  textblock: { type: string; attrs?: Record<string, unknown> } = { type: 'paragraph' };

  /** Ends the textblock being filled, keeping it only when it has text. */
  flush(): void {
    const content = this.run.finish();
    if (content.length > 0) this.blocks.push({ ...this.textblock, content });
  }

  push(...blocks: DocNode[]): void {
    this.pushAll(blocks);
  }

  pushAll(blocks: readonly DocNode[]): void {
    this.flush();
    appendAll(this.blocks, blocks);
  }
}

class DocBuilder {
  constructor(private readonly baseUrl: string | null) {}

  blocksOf(parent: HtmlNode, marks: readonly DocMark[]): DocNode[] {
    const sink = new BlockSink();
    this.walkChildren(parent, marks, sink);
    sink.flush();
    return sink.blocks;
  }

  private walkChildren(parent: HtmlNode, marks: readonly DocMark[], sink: BlockSink): void {
    for (const child of Array.from(parent.childNodes)) this.walk(child, marks, sink);
  }

  private walk(node: HtmlNode, marks: readonly DocMark[], sink: BlockSink): void {
    if (node.nodeType === TEXT_NODE) {
      sink.run.addText(node.textContent ?? '', marks);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.localName ?? '';
    if (SKIPPED_TAGS.has(tag)) return;
    const level = HEADING_LEVELS.get(tag);
    if (level !== undefined) this.textblock(node, { type: 'heading', attrs: { level } }, marks, sink);
    else if (tag === 'p') this.textblock(node, { type: 'paragraph' }, marks, sink);
    else if (tag === 'figcaption' || tag === 'caption') this.textblock(node, { type: 'caption' }, marks, sink);
    else if (CONTAINER_TAGS.has(tag)) {
      sink.flush();
      this.walkChildren(node, marks, sink);
      sink.flush();
    } else if (tag === 'br') sink.run.addBreak();
    else if (tag === 'hr') sink.push({ type: 'horizontalRule' });
    else if (tag === 'pre') this.codeBlock(node, sink);
    else if (tag === 'blockquote') this.blockquote(node, marks, sink);
    else if (tag === 'ul' || tag === 'ol') this.list(node, marks, sink);
    else if (tag === 'table') this.table(node, marks, sink);
    else if (tag === 'img') this.image(node, sink);
    else this.walkChildren(node, this.marksFor(node, tag, marks), sink);
  }

  private textblock(node: HtmlNode, textblock: BlockSink['textblock'], marks: readonly DocMark[], sink: BlockSink): void {
    sink.flush();
    const outer = sink.textblock;
    // Blocks nested where only inline content belongs (<h2><div>…) end up as textblocks of the same kind.
    sink.textblock = textblock;
    this.walkChildren(node, marks, sink);
    sink.flush();
    sink.textblock = outer;
  }

  private blockquote(node: HtmlNode, marks: readonly DocMark[], sink: BlockSink): void {
    const content = this.blocksOf(node, marks);
    if (content.length > 0) sink.push({ type: 'blockquote', content });
  }

  private codeBlock(node: HtmlNode, sink: BlockSink): void {
    // Whitespace is content in <pre>; only the newlines a browser does not show at the end go.
    const text = preformattedText(node).replace(/\n+$/, '');
    if (text.trim() === '') return;
    sink.push({ type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text }] });
  }

  private list(node: HtmlNode, marks: readonly DocMark[], sink: BlockSink): void {
    const items: DocNode[] = [];
    const before: DocNode[] = [];
    const stray = new BlockSink();
    const addItem = (blocks: DocNode[]): void => {
      if (blocks.length === 0) return;
      const [first] = blocks;
      if (first!.type === 'heading' || first!.type === 'caption') blocks[0] = { type: 'paragraph', content: first!.content ?? [] };
      // tiptap's listItem must start with a paragraph: a nested list with no text of its own
      // belongs to the previous item (a common authoring slip), or outside the list if none.
      if (blocks[0]!.type === 'paragraph') items.push({ type: 'listItem', content: blocks });
      else if (items.length > 0) appendAll(items.at(-1)!.content!, blocks);
      else appendAll(before, blocks);
    };
    const flushStray = (): void => {
      stray.flush();
      addItem(stray.blocks.splice(0));
    };
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === ELEMENT_NODE && child.localName === 'li') {
        flushStray();
        addItem(this.blocksOf(child, marks));
      } else this.walk(child, marks, stray);
    }
    flushStray();
    sink.pushAll(before);
    if (items.length === 0) return;
    const start = Number.parseInt(node.getAttribute?.('start') ?? '', 10);
    if (node.localName === 'ol') sink.push({ type: 'orderedList', attrs: { start: Number.isFinite(start) ? start : 1 }, content: items });
    else sink.push({ type: 'bulletList', content: items });
  }

  private table(node: HtmlNode, marks: readonly DocMark[], sink: BlockSink): void {
    const rows: DocNode[] = [];
    const captions: DocNode[] = [];
    const visit = (parent: HtmlNode): void => {
      for (const child of Array.from(parent.childNodes)) {
        if (child.nodeType !== ELEMENT_NODE) continue;
        const tag = child.localName;
        if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') visit(child);
        else if (tag === 'tr') {
          const cells = Array.from(child.childNodes)
            .filter((cell) => cell.nodeType === ELEMENT_NODE && (cell.localName === 'td' || cell.localName === 'th'))
            .map((cell) => this.tableCell(cell, marks));
          if (cells.length > 0) rows.push({ type: 'tableRow', content: cells });
        } else if (tag === 'caption') appendAll(captions, this.blocksOf(child, marks).map((block) => ({ ...block, type: block.type === 'paragraph' ? 'caption' : block.type })));
      }
    };
    visit(node);
    sink.pushAll(captions);
    if (rows.length > 0) sink.push({ type: 'table', content: padTableRows(rows) });
  }

  private tableCell(cell: HtmlNode, marks: readonly DocMark[]): DocNode {
    const content = this.blocksOf(cell, marks);
    return {
      type: cell.localName === 'th' ? 'tableHeader' : 'tableCell',
      attrs: { colspan: spanAttribute(cell, 'colspan'), rowspan: spanAttribute(cell, 'rowspan'), colwidth: null },
      // A cell must hold a block: an empty one gets an empty paragraph.
      content: content.length > 0 ? content : [{ type: 'paragraph' }],
    };
  }

  private image(node: HtmlNode, sink: BlockSink): void {
    const src = node.getAttribute?.('src') ?? '';
    const alt = (node.getAttribute?.('alt') ?? '').replace(/\s+/g, ' ').trim();
    const title = node.getAttribute?.('title') ?? null;
    // What tells decoration from a picture (resolve-page-images.ts reads it, then drops it).
    const facts = { width: pixelAttribute(node, 'width'), height: pixelAttribute(node, 'height'), role: node.getAttribute?.('role') ?? null };
    if (isSafeImageSource(src)) {
      sink.push({ type: 'image', attrs: { src: src.trim(), alt: alt || null, title, ...facts } });
    } else if (standsAlone(node)) {
      // A remote image is never loaded by the reader: a figure's image stands in as an image without
      // a source, with the page's address for the import to fetch or to give up on.
      sink.push({ type: 'image', attrs: { src: null, alt: alt || null, title, source: node.getAttribute?.('data-rn-source') ?? (src.trim() || null), ...facts } });
    }
  }

  private marksFor(node: HtmlNode, tag: string, marks: readonly DocMark[]): readonly DocMark[] {
    const mark = this.markOf(node, tag);
    if (mark === null || marks.some((existing) => existing.type === mark.type)) return marks;
    // tiptap's code mark excludes every other mark: a link keeps its target and loses the code
    // style; otherwise code wins over bold, italic and the like.
    if (mark.type === 'code') return marks.some((existing) => existing.type === 'link') ? marks : [mark];
    if (marks.some((existing) => existing.type === 'code')) return mark.type === 'link' ? [mark] : marks;
    return [...marks, mark];
  }

  private markOf(node: HtmlNode, tag: string): DocMark | null {
    const markType = MARK_BY_TAG.get(tag);
    if (markType !== undefined) return { type: markType };
    if (tag !== 'a') return null;
    const href = safeLinkHref(node.getAttribute?.('href') ?? '', this.baseUrl);
    return href === null ? null : { type: 'link', attrs: { href } };
  }
}

function preformattedText(node: HtmlNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT_NODE || SKIPPED_TAGS.has(node.localName ?? '')) return '';
  if (node.localName === 'br') return '\n';
  return Array.from(node.childNodes).map(preformattedText).join('');
}

function pixelAttribute(image: HtmlNode, name: string): number | null {
  const value = Number.parseInt(image.getAttribute?.(name) ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

function spanAttribute(cell: HtmlNode, name: string): number {
  const value = Number.parseInt(cell.getAttribute?.(name) ?? '', 10);
  // Browsers cap colspan at 1000 and rowspan at 65534; a smaller cap keeps padding cheap.
  return Number.isFinite(value) && value >= 1 ? Math.min(value, 100) : 1;
}

/** Whether an image is alone in its block (a figure), not an icon inside a line of text. */
function standsAlone(image: HtmlNode): boolean {
  let block = image.parentNode;
  while (block !== null && block.localName !== undefined && !CONTAINER_TAGS.has(block.localName) && block.localName !== 'p') {
    block = block.parentNode;
  }
  // A figure's caption is about the image, not text the image sits in.
  return block === null || block.localName === 'figure' || (block.textContent ?? '').trim() === '';
}
