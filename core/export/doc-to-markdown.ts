import type { DocNode } from '../document/doc-node.js';
import { formatInlineMarkdown } from './inline-markdown.js';

// Rich notes are small (a few paragraphs); this bounds the recursion of a hand-made hostile document.
const MAX_DEPTH = 50;

/**
 * A rich document (tiptap JSON, as a highlight's noteDoc) as CommonMark: paragraphs, headings,
 * bullet and ordered lists (nested), block quotes, code blocks, rules, and inline bold, italic,
 * strikethrough, code and links. All text is escaped as the rest of the export is, so nothing a
 * user typed can make structure. Empty paragraphs are dropped; an unknown node keeps its text.
 * Returns "" for a document without text.
 */
export function docToMarkdown(doc: DocNode): string {
  return formatBlocks(doc.content ?? [], 0).join('\n\n');
}

/** Each block as Markdown text (possibly several lines), empty ones left out. */
function formatBlocks(nodes: readonly DocNode[], depth: number): string[] {
  return nodes.map((node) => formatBlock(node, depth)).filter((block) => block !== '');
}

function formatBlock(node: DocNode, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
    case 'caption':
      return formatParagraph(children);
    case 'heading': {
      // Headings cannot hold a line break; ATX levels stop at 6.
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1));
      const text = formatInlineMarkdown(children).filter((line) => line !== '').join(' ');
      return text === '' ? '' : `${'#'.repeat(level)} ${text}`;
    }
    case 'blockquote':
      return prefixLines(formatBlocks(children, depth + 1).join('\n\n'), '> ', '>');
    case 'bulletList':
    case 'orderedList':
      return formatList(node, depth);
    case 'codeBlock':
      return formatCodeBlock(children.map((child) => child.text ?? '').join(''));
    case 'horizontalRule':
      return '---';
    case 'text':
    case 'hardBreak':
      return formatParagraph([node]);
    default:
      // A node this converter does not know (a table, a future node): keep its text, lose its form.
      return children.some((child) => child.type === 'text' || child.type === 'hardBreak')
        ? formatParagraph(children)
        : formatBlocks(children, depth + 1).join('\n\n');
  }
}

function formatParagraph(inline: readonly DocNode[]): string {
  // A hard break is a trailing backslash; empty lines would end the paragraph, so they go.
  return formatInlineMarkdown(inline)
    .filter((line) => line !== '')
    .join('\\\n');
}

function formatList(list: DocNode, depth: number): string {
  const isOrdered = list.type === 'orderedList';
  const start = isOrdered ? Math.max(0, Math.floor(Number(list.attrs?.start ?? 1)) || 0) : 0;
  const items = (list.content ?? []).map((item, index) => {
    const marker = isOrdered ? `${start + index}. ` : '- ';
    // A list item may itself hold a list directly after its paragraph: no blank line between them keeps the list tight.
    const blocks = formatBlocks(item.type === 'listItem' ? (item.content ?? []) : [item], depth + 1);
    const body = blocks.reduce((joined, block, position) => (position === 0 ? block : `${joined}${isListBlock(block) ? '\n' : '\n\n'}${block}`), '');
    // Continuation lines are indented by the marker's width, so they stay inside the item.
    const indent = ' '.repeat(marker.length);
    return (marker + prefixLines(body === '' ? '' : body, indent, '').slice(indent.length)).trimEnd();
  });
  return items.join('\n');
}

function isListBlock(block: string): boolean {
  return /^(?:- |\d+\. )/.test(block);
}

function formatCodeBlock(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${code.replace(/\r\n?/g, '\n').replace(/\n$/, '')}\n${fence}`;
}

/** Every line prefixed (an empty line with `emptyPrefix`, so no trailing spaces are left). */
function prefixLines(text: string, prefix: string, emptyPrefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? emptyPrefix : prefix + line))
    .join('\n');
}
