import type { DocMark, DocNode } from '../document/doc-node.js';
import { escapeMarkdown } from './escape-markdown.js';

// Marks in nesting order, outermost first. Underline has no Markdown form and is kept as plain text.
const MARK_ORDER = ['link', 'bold', 'italic', 'strike', 'code'] as const;
type MarkdownMark = (typeof MARK_ORDER)[number];
const OPENERS: Record<Exclude<MarkdownMark, 'link' | 'code'>, string> = { bold: '**', italic: '*', strike: '~~' };
// Only these link targets become links; anything else (javascript:, file:, data:) stays plain text.
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

/** One mark as written: its kind and, for links, the escaped target. */
interface OpenMark {
  kind: MarkdownMark;
  href: string;
}

/**
 * The inline content of a textblock (text with marks, hard breaks) as Markdown lines: bold,
 * italic, strikethrough, code and http(s)/mailto links, every text escaped as escapeMarkdown does.
 * Marks shared by neighbouring text nodes stay open across them (no "**a****b**"), whitespace at
 * a mark's edge is moved outside it (CommonMark does not see "** a**" as emphasis), and a line
 * never starts with spaces (a code block) or ends with them (a hard break). Returns one string
 * per line (hard breaks split lines); the caller joins them.
 */
export function formatInlineMarkdown(nodes: readonly DocNode[]): string[] {
  const lines: string[] = [];
  let line = '';
  let open: OpenMark[] = [];
  let pendingSpace = '';

  const closeFrom = (keep: number): void => {
    for (const mark of open.slice(keep).reverse()) line += closer(mark);
    open = open.slice(0, keep);
  };
  const endLine = (): void => {
    closeFrom(0);
    lines.push(line);
    line = '';
    // Trailing spaces would make a hard break; they carry no meaning at a line's end.
    pendingSpace = '';
  };

  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      endLine();
      continue;
    }
    const text = (node.text ?? '').replace(/\r\n?|\n/g, ' ');
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
    if (core === '') {
      pendingSpace += lead;
      continue;
    }
    const marks = markdownMarks(node.marks ?? []);
    let keep = 0;
    while (keep < open.length && keep < marks.length && sameMark(open[keep]!, marks[keep]!)) keep += 1;
    closeFrom(keep);
    // Leading spaces would make an indented code block at the start of a line.
    if (line !== '') line += pendingSpace + lead;
    pendingSpace = '';
    for (const mark of marks.slice(keep)) {
      if (mark.kind === 'link') line = escapeTrailingBang(line);
      if (mark.kind !== 'code') line += opener(mark);
      open.push(mark);
    }
    line += open.some((mark) => mark.kind === 'code') ? codeSpan(core) : escapeMarkdown(core);
    // A code span is one text node: close it at once so the next node's text is escaped again.
    if (open.at(-1)?.kind === 'code') open.pop();
    pendingSpace = trail;
  }
  endLine();
  return lines;
}

function markdownMarks(marks: readonly DocMark[]): OpenMark[] {
  const result: OpenMark[] = [];
  for (const kind of MARK_ORDER) {
    const mark = marks.find((candidate) => candidate.type === kind);
    if (!mark) continue;
    if (kind === 'link') {
      const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href.trim() : '';
      if (SAFE_HREF.test(href)) result.push({ kind, href: escapeLinkTarget(href) });
    } else {
      result.push({ kind, href: '' });
    }
  }
  return result;
}

function sameMark(a: OpenMark, b: OpenMark): boolean {
  return a.kind === b.kind && a.href === b.href;
}

function opener(mark: OpenMark): string {
  return mark.kind === 'link' ? '[' : OPENERS[mark.kind as keyof typeof OPENERS];
}

function closer(mark: OpenMark): string {
  if (mark.kind === 'link') return `](${mark.href})`;
  return mark.kind === 'code' ? '' : OPENERS[mark.kind as keyof typeof OPENERS];
}

/**
 * A link target with the characters that would end or break it percent-encoded, and a "%" that
 * starts no escape written "%25" (the same address), so that no "%%" (an Obsidian comment) is left.
 */
function escapeLinkTarget(href: string): string {
  return href.replace(/[\s()<>\\`]|%(?![0-9A-Fa-f]{2})/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A code span fenced by more backticks than any run inside it, padded when it starts or ends with one. */
function codeSpan(text: string): string {
  // Not Math.max(...runs): spreading the runs of a long text overflows the call stack.
  const longest = [...text.matchAll(/`+/g)].reduce((most, match) => Math.max(most, match[0].length), 0);
  const fence = '`'.repeat(longest + 1);
  const padding = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${text}${padding}${fence}`;
}

/** "Look!" before a link would make "![...](...)", an image: escape a "!" that is not escaped already. */
function escapeTrailingBang(line: string): string {
  if (!line.endsWith('!')) return line;
  const backslashes = /\\*(?=!$)/.exec(line)?.[0].length ?? 0;
  return backslashes % 2 === 0 ? `${line.slice(0, -1)}\\!` : line;
}
