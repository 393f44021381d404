import type { PdfTextItem } from './pdf-text-item.js';

/** A line of text rebuilt from a PDF page's text items. */
export interface PdfLine {
  text: string;
  x: number;
  y: number;
  endX: number;
  /** The size most of the line's characters have. */
  fontSize: number;
  isRtl: boolean;
}

/*
 * Thresholds in units of the font size, as PDF layout is relative to it:
 * - items whose baselines differ by more than half a font size are on different lines (sub- and
 *   superscripts move less than that);
 * - a gap wider than a sixth of the font size between two items is a space the PDF did not draw as
 *   a character (typical word spacing is a quarter to a third of the size; kerning is far less).
 */
const NEW_LINE_SHIFT = 0.5;
const WORD_GAP = 1 / 6;

/** Groups a page's text items (in content order) into lines, adding the spaces a PDF leaves out. */
export function pdfLines(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: (PdfLine & { sizes: Map<number, number> }) | null = null;
  let lineEnded = false;
  const finish = (): void => {
    if (current !== null && current.text.trim() !== '') {
      const [fontSize] = [...current.sizes.entries()].sort((a, b) => b[1] - a[1])[0] ?? [current.fontSize];
      lines.push({ text: current.text.replace(/\s+/g, ' ').trim(), x: current.x, y: current.y, endX: current.endX, fontSize, isRtl: current.isRtl });
    }
    current = null;
  };
  for (const item of items) {
    const size = Math.max(1, item.fontSize);
    if (item.str !== '') {
      const sameLine = current !== null && !lineEnded && Math.abs(item.y - current.y) <= NEW_LINE_SHIFT * Math.max(size, current.fontSize);
      if (!sameLine) {
        finish();
        current = { text: '', x: item.x, y: item.y, endX: item.x, fontSize: size, isRtl: item.dir === 'rtl', sizes: new Map() };
      }
      const line = current!;
      const gap = item.x - line.endX;
      if (line.text !== '' && !/\s$/.test(line.text) && !/^\s/.test(item.str) && (line.isRtl || gap > WORD_GAP * size)) line.text += ' ';
      line.text += item.str;
      line.x = Math.min(line.x, item.x);
      line.endX = Math.max(line.endX, item.x + item.width);
      const rounded = Math.round(size * 2) / 2;
      line.sizes.set(rounded, (line.sizes.get(rounded) ?? 0) + item.str.length);
      line.fontSize = Math.max(line.fontSize, size);
    }
    lineEnded = item.hasEOL;
  }
  finish();
  return lines;
}
