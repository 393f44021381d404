import type { ImportProgress } from '../../core/import/import-progress.js';

/**
 * The one line of progress `research-notes import` keeps on stderr while it works, rewritten in
 * place; only on a terminal, so logs and pipes get the result lines alone.
 */
export class ProgressLine {
  private readonly isShown: boolean;
  private isDrawn = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.isShown = stream.isTTY === true;
  }

  /** Shows which file is being imported, and how far (pages of a PDF) when known. */
  show(position: number, total: number, label: string, progress?: ImportProgress): void {
    if (!this.isShown) return;
    const pages = progress && progress.total > 0 ? ` (page ${progress.done} of ${progress.total})` : '';
    const prefix = `Importing ${position} of ${total}: `;
    // Cut to the terminal's width (a wrapped line could not be rewritten in place), keeping the
    // end of the path, which names the file, and the page count.
    const room = Math.max(8, (this.stream.columns ?? 80) - 1 - prefix.length - pages.length);
    const name = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
    this.stream.write(`\r\x1b[K${prefix}${name}${pages}`);
    this.isDrawn = true;
  }

  /** Clears the line, so a result line printed next starts at the left edge. */
  clear(): void {
    if (!this.isDrawn) return;
    this.stream.write('\r\x1b[K');
    this.isDrawn = false;
  }
}
