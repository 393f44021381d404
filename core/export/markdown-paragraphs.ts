import { escapeMarkdown } from './escape-markdown.js';

/**
 * Plain text as escaped Markdown paragraphs: blank lines separate paragraphs; a single line break
 * becomes a hard break (a trailing backslash), so the rendered text keeps it.
 */
export function formatMarkdownParagraphs(text: string): string {
  return escapeMarkdown(text)
    .split(/\n(?:[ \t]*\n)+/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}
