import type { DocNode } from '../document/doc-node.js';
import { isCaptionLine } from './is-caption-line.js';

/** A plain-text article read into its title and document (not yet checked for emptiness). */
export interface PlainTextImport {
  title: string | null;
  doc: DocNode;
}

/**
 * Reads a plain-text article: the first non-empty line is the title; the rest is paragraphs
 * separated by blank lines, whose single line breaks are soft wraps and become spaces; photo
 * captions become caption nodes. Every character of the text is kept as it is.
 */
export function importPlainText(text: string): PlainTextImport {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const firstLine = lines.findIndex((line) => line.trim() !== '');
  if (firstLine === -1) return { title: null, doc: { type: 'doc', content: [] } };
  const title = lines[firstLine]!.trim();
  let paragraphs = splitParagraphs(lines.slice(firstLine + 1));
  // A text of a single line (a pasted sentence) is its own body: a title alone would be nothing to mark.
  if (paragraphs.length === 0) paragraphs = [{ text: title, lineCount: 1 }];
  return {
    title,
    doc: {
      type: 'doc',
      content: paragraphs.map(({ text: paragraph, lineCount }) => ({
        type: lineCount === 1 && isCaptionLine(paragraph) ? 'caption' : 'paragraph',
        content: [{ type: 'text', text: paragraph }],
      })),
    },
  };
}

function splitParagraphs(lines: string[]): Array<{ text: string; lineCount: number }> {
  const paragraphs: Array<{ text: string; lineCount: number }> = [];
  let current: string[] = [];
  const finish = (): void => {
    // Only the ends are trimmed: spaces inside a line (and every other character) are content.
    if (current.length > 0) paragraphs.push({ text: current.map((line) => line.trim()).join(' '), lineCount: current.length });
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') finish();
    else current.push(line);
  }
  finish();
  return paragraphs;
}
