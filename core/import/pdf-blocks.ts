import type { DocNode } from '../document/doc-node.js';
import type { PdfLine } from './pdf-lines.js';

/*
 * Layout thresholds, relative to the body text so they hold for any page size and font:
 * - a line gap more than 1.4 times the page's usual one starts a paragraph (1.0-1.2 is ordinary
 *   leading; paragraph spacing is usually half a line or more);
 * - text at least 1.2 times the body size is a heading when its block is short (a large pull
 *   quote or a title page of several lines is not a heading);
 * - a first line indented by more than one font size after a line that ends a sentence starts a
 *   paragraph (indented paragraphs without extra spacing, as in books and papers).
 */
const PARAGRAPH_GAP = 1.4;
const HEADING_SIZE = 1.2;
const MAX_HEADING_LENGTH = 200;
const MAX_HEADING_LINES = 3;
const FIRST_LINE_INDENT = 1;
/**
 * Characters NFKC spells out as plain letters: Latin ligatures (ﬁ → fi), the long s, and Arabic
 * presentation forms (the shaped glyphs some fonts map to), so that search and quotes see letters.
 * Only these: NFKC on everything would also flatten superscripts, fractions and full-width text.
 */
const PRESENTATION_FORMS = /[\u017f\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefe]+/g;
/** A usual line gap is trusted when at least this many gaps agree; else 1.2 font sizes is assumed. */
const MIN_AGREEING_GAPS = 2;

/** The blocks of one page, with the font size of body text across the document for reference. */
export function pdfBlocks(lines: readonly PdfLine[], bodySize: number, headingSizes: readonly number[]): DocNode[] {
  const usualGap = usualLineGap(lines, bodySize);
  const groups: PdfLine[][] = [];
  let group: PdfLine[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous !== undefined && startsBlock(previous, line, group[0]!, usualGap * Math.max(1, previous.fontSize / bodySize))) {
      groups.push(group);
      group = [];
    }
    group.push(line);
  });
  if (group.length > 0) groups.push(group);
  return groups.map((lines) => {
    const text = joinLines(lines.map((line) => line.text)).replace(PRESENTATION_FORMS, (forms) => forms.normalize('NFKC'));
    const size = lines[0]!.fontSize;
    const isHeading = size >= bodySize * HEADING_SIZE && lines.length <= MAX_HEADING_LINES && text.length <= MAX_HEADING_LENGTH && /\p{L}/u.test(text);
    const content = [{ type: 'text', text }];
    if (!isHeading) return { type: 'paragraph', content };
    const rank = headingSizes.findIndex((headingSize) => size >= headingSize);
    return { type: 'heading', attrs: { level: Math.min(3, (rank === -1 ? headingSizes.length : rank) + 1) }, content };
  });
}

function startsBlock(previous: PdfLine, line: PdfLine, first: PdfLine, usualGap: number): boolean {
  if (Math.abs(line.fontSize - previous.fontSize) > Math.max(1, previous.fontSize * 0.1)) return true;
  const gap = previous.y - line.y;
  // Moving up the page (or sideways at the same height) is a new column or a new region.
  if (gap <= 0) return true;
  if (gap > usualGap * PARAGRAPH_GAP) return true;
  const indent = line.x - first.x;
  return !line.isRtl && indent > FIRST_LINE_INDENT * line.fontSize && /[.!?:"”)]$/.test(previous.text);
}

/** The most common gap between consecutive lines of body text on the page (larger text scales it). */
function usualLineGap(lines: readonly PdfLine[], bodySize: number): number {
  const counts = new Map<number, number>();
  for (let index = 1; index < lines.length; index += 1) {
    const gap = Math.round((lines[index - 1]!.y - lines[index]!.y) * 2) / 2;
    if (gap > 0 && gap < bodySize * 3 && Math.abs(lines[index]!.fontSize - bodySize) < 1) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best === undefined || best[1] < MIN_AGREEING_GAPS ? bodySize * 1.2 : best[0];
}

/** Joins a paragraph's lines: a hyphen that split a word at a line end goes, other line ends become spaces. */
function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (text === '') text = line;
    else if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else if (text.endsWith('\u00ad')) text = text.slice(0, -1) + line;
    else text += ` ${line}`;
  }
  return text.replace(/\u00ad/g, '');
}
