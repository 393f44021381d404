import type { ArticleSummary } from '../model/article.js';
import { escapeMarkdown } from './escape-markdown.js';
import { singleLine } from './single-line.js';

/** One line of the index: an article and the stem of its note's file name. */
export interface IndexedNote {
  article: ArticleSummary;
  noteStem: string;
}

/**
 * `index.md` of an export folder: every article's note as a [[wiki link]] (in the order given),
 * with its site, date and number of highlights. File stems carry no Markdown-special characters
 * (markdown-file-name.ts), so the links read as plain text to a CommonMark parser.
 */
export function formatLibraryIndexMarkdown(notes: readonly IndexedNote[]): string {
  const lines = ['---', 'title: "Research Notes library"', `articles: ${notes.length}`, '---', '', '# Research Notes library', ''];
  for (const { article, noteStem } of notes) {
    const details = [singleLine(article.siteName ?? ''), singleLine(article.publishedTime ?? '')].filter((part) => part !== '').map(escapeMarkdown);
    const count = `${article.highlightCount} highlight${article.highlightCount === 1 ? '' : 's'}`;
    lines.push(`- [[${noteStem}]]${details.length > 0 ? ` — ${details.join(', ')}` : ''} (${count})`);
  }
  return `${lines.join('\n')}\n`;
}
