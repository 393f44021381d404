import { formatMarkdownParagraphs } from './markdown-paragraphs.js';

/** Plain text as one Markdown block quote: every line prefixed with "> ", blank lines kept inside. */
export function formatMarkdownBlockQuote(text: string): string {
  return (formatMarkdownParagraphs(text) || '…')
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}
