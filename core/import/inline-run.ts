import type { DocMark, DocNode } from '../document/doc-node.js';

// The whitespace HTML collapses outside <pre>; U+00A0 and other Unicode spaces are text and stay.
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

/**
 * The inline content of one textblock as it is built from HTML: whitespace collapses the way a
 * browser renders it, adjacent text with the same marks merges, and leading or trailing spaces and
 * line breaks disappear, so the result never holds empty text nodes.
 */
export class InlineRun {
  private readonly nodes: DocNode[] = [];

  /** Adds text, collapsing its whitespace against what came before. */
  addText(text: string, marks: readonly DocMark[]): void {
    let collapsed = text.replace(COLLAPSIBLE, ' ');
    if (collapsed.startsWith(' ') && this.endsInSpaceOrBreak()) collapsed = collapsed.slice(1);
    if (collapsed === '') return;
    const last = this.nodes.at(-1);
    if (last?.type === 'text' && sameMarks(last.marks ?? [], marks)) last.text += collapsed;
    else this.nodes.push(marks.length > 0 ? { type: 'text', text: collapsed, marks: [...marks] } : { type: 'text', text: collapsed });
  }

  /** Adds a line break (from <br>). */
  addBreak(): void {
    this.trimTrailingSpace();
    this.nodes.push({ type: 'hardBreak' });
  }

  /** Whether the run holds any text. */
  hasText(): boolean {
    return this.nodes.some((node) => node.type === 'text');
  }

  /** The finished inline content, trimmed; empty when there is no text. */
  finish(): DocNode[] {
    this.trimTrailingSpace();
    while (this.nodes.at(-1)?.type === 'hardBreak') {
      this.nodes.pop();
      this.trimTrailingSpace();
    }
    while (this.nodes[0]?.type === 'hardBreak') this.nodes.shift();
    return this.hasText() ? this.nodes.splice(0) : [];
  }

  private endsInSpaceOrBreak(): boolean {
    const last = this.nodes.at(-1);
    return last === undefined || last.type === 'hardBreak' || (last.text ?? '').endsWith(' ');
  }

  private trimTrailingSpace(): void {
    const last = this.nodes.at(-1);
    if (last?.type !== 'text' || !last.text!.endsWith(' ')) return;
    last.text = last.text!.slice(0, -1);
    if (last.text === '') this.nodes.pop();
  }
}

function sameMarks(a: readonly DocMark[], b: readonly DocMark[]): boolean {
  return a.length === b.length && a.every((mark, index) => JSON.stringify(mark) === JSON.stringify(b[index]));
}
