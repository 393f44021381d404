import type { Quotation } from './quotation.js';

/*
 * Pairs quotation marks into quotations. The rules, and what they trade:
 * - Double marks are the primary quotes: curly “…”, low-high „…“, guillemets «…» and straight "…".
 *   A straight mark opens when it follows a space, a bracket or a dash and closes otherwise, so a
 *   stray inch mark (3") does not open a quotation that swallows the rest of the paragraph.
 * - Single marks (‘…’ and '…') open a quotation only where an apostrophe cannot stand (after a
 *   space, before a letter) and close only before a space or punctuation: don’t and RMS' views stay
 *   words. Inside a double quotation they are nested quotes, part of its content, never returned.
 * - Two single closing marks (’’) close a double quotation, as wire copy writes them.
 * - A quotation still open at the end of its paragraph goes on into the next paragraph when that
 *   paragraph opens with a quote mark (the news convention for a quote over several paragraphs:
 *   no closing mark at the end of each paragraph but the last). Otherwise it is unclosed and ends
 *   with its paragraph: a missing closing mark costs one paragraph, never the rest of the article.
 */

const DOUBLE_OPENERS = new Set(['“', '„', '«']);
const DOUBLE_CLOSERS = new Set(['”', '»', '“']);
const SINGLE_OPENERS = new Set(['‘', "'"]);
const SINGLE_CLOSERS = new Set(['’', "'"]);
const OPENING_CONTEXT = /[\s([{\-–—/]/u;
const PARAGRAPH_BREAK = '\n\n';

interface Open {
  mark: string;
  double: boolean;
  start: number;
  paragraphs: number;
}

/** The top-level quotations of a canonical text (paragraphs separated by a blank line), in order. */
export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  const stack: Open[] = [];
  const isOpeningContext = (index: number): boolean => index === 0 || OPENING_CONTEXT.test(text[index - 1]!);
  const isLetter = (index: number): boolean => index < text.length && /[\p{L}\p{N}]/u.test(text[index]!);
  const close = (at: number, end: number, closed: boolean): void => {
    const open = stack.pop()!;
    if (stack.length > 0) return;
    let contentStart = open.start + open.mark.length;
    // Spaces inside the marks (« non », or an unclosed quotation's trailing ones) are not quoted words.
    while (contentStart < at && /\s/.test(text[contentStart]!)) contentStart++;
    let contentEnd = at;
    while (contentEnd > contentStart && /\s/.test(text[contentEnd - 1]!)) contentEnd--;
    // An unclosed single mark was most likely an apostrophe after all.
    if (!closed && !open.double) return;
    if (contentEnd > contentStart) quotations.push({ start: open.start, end: closed ? end : contentEnd, contentStart, contentEnd, closed, paragraphs: open.paragraphs });
  };
  // Only quote marks and line breaks matter: the scan jumps from one to the next.
  const interesting = /["“”„«»‘’'\n]/g;
  for (let found = interesting.exec(text); found !== null; found = interesting.exec(text)) {
    let index = found.index;
    const char = text[index]!;
    if (char === '\n' && text.startsWith(PARAGRAPH_BREAK, index)) {
      if (stack.length === 0) continue;
      const next = index + PARAGRAPH_BREAK.length;
      const bottom = stack[0]!;
      const reopens = bottom.double && (DOUBLE_OPENERS.has(text[next] ?? '') || text[next] === '"');
      if (reopens) {
        // Nested quotes never cross a paragraph; the outer one goes on after the reopening mark.
        stack.length = 1;
        bottom.paragraphs++;
        index = next;
        interesting.lastIndex = next + 1;
        continue;
      }
      while (stack.length > 0) close(index, index, false);
      continue;
    }
    if (char === '\n') continue;
    const top = stack[stack.length - 1];
    // An unclosed single quote inside a double one ends with it.
    const double = stack.findLastIndex((open) => open.double);
    const closeDouble = (): void => {
      stack.length = double + 1;
      close(index, index + 1, true);
    };
    if (char === '"') {
      if (double >= 0 && !(isOpeningContext(index) && isLetter(index + 1))) closeDouble();
      else if (isOpeningContext(index)) stack.push({ mark: char, double: true, start: index, paragraphs: 1 });
      continue;
    }
    // "“It was an attempt to mislead voters,’’ Will Moy told the BBC": wire copy closes a double quote with two single marks.
    if (double >= 0 && (char === '’' || char === "'") && text[index + 1] === char && !isLetter(index + 2)) {
      stack.length = double + 1;
      close(index, index + 2, true);
      interesting.lastIndex = index + 2;
      continue;
    }
    if (double >= 0 && DOUBLE_CLOSERS.has(char) && !(char === '“' && stack[double]!.mark !== '„')) {
      closeDouble();
      continue;
    }
    if (DOUBLE_OPENERS.has(char) && !(char === '“' && stack[double]?.mark === '„')) {
      stack.push({ mark: char, double: true, start: index, paragraphs: 1 });
      continue;
    }
    if (top && !top.double && SINGLE_CLOSERS.has(char) && !isLetter(index + 1) && !/\s/.test(text[index - 1] ?? ' ')) {
      close(index, index + 1, true);
      continue;
    }
    if (SINGLE_OPENERS.has(char) && isOpeningContext(index) && isLetter(index + 1)) {
      stack.push({ mark: char, double: false, start: index, paragraphs: 1 });
    }
  }
  while (stack.length > 0) close(text.length, text.length, false);
  return quotations;
}
