import type { Highlight } from '../model/highlight.js';
import { docToMarkdown } from './doc-to-markdown.js';
import { formatMarkdownParagraphs } from './markdown-paragraphs.js';

// What docToMarkdown starts a list, quote, heading, code block or rule with; escaped paragraph text never starts so.
const BLOCK_START = /^(?:- |\d+\. |>|#{1,6} |```+\n|---(?:\n|$))/;

/**
 * A highlight's note as escaped Markdown: its rich form (bold, italic, lists, links) when it has
 * one, else its plain text as paragraphs; "" when there is no note. A rich note that opens with a
 * list or another block starts after a blank line, so it stays a block after a "Note:" label.
 */
export function formatHighlightNoteMarkdown(highlight: Highlight): string {
  const rich = highlight.noteDoc ? docToMarkdown(highlight.noteDoc) : '';
  if (rich === '') return formatMarkdownParagraphs(highlight.note.trim());
  return BLOCK_START.test(rich) ? `\n\n${rich}` : rich;
}
