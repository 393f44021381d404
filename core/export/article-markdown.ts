import { anchorTarget } from '../anchoring/anchor-target.js';
import type { Article } from '../model/article.js';
import type { Highlight } from '../model/highlight.js';
import { escapeMarkdown } from './escape-markdown.js';
import { markdownTag } from './markdown-tag.js';
import { yamlScalar } from './yaml-scalar.js';

/**
 * An article's claims as a Markdown note: YAML front matter (title, source, url, imported,
 * published, tags), the title as a heading, then each highlight in reading order as a block quote
 * followed by its claimant, tags and note. All article and user text is escaped, so no text can
 * break the structure.
 */
export function formatArticleMarkdown(article: Article, highlights: Highlight[]): string {
  const ordered = orderByReading(article.text, highlights);
  const sections = [formatFrontMatter(article, ordered), `# ${escapeMarkdown(singleLine(article.title) || 'Untitled article')}`];
  for (const highlight of ordered) sections.push(...formatHighlight(highlight));
  return `${sections.join('\n\n')}\n`;
}

function formatFrontMatter(article: Article, highlights: Highlight[]): string {
  const lines = ['---', `title: ${yamlScalar(article.title)}`, `source: ${yamlScalar(article.source)}`];
  if (article.url) lines.push(`url: ${yamlScalar(article.url)}`);
  lines.push(`imported: ${yamlScalar(article.importedAt)}`);
  if (article.publishedTime) lines.push(`published: ${yamlScalar(article.publishedTime)}`);
  const tags = unionOfTags(highlights);
  if (tags.length === 0) lines.push('tags: []');
  else lines.push('tags:', ...tags.map((tag) => `  - ${yamlScalar(tag)}`));
  lines.push('---');
  return lines.join('\n');
}

function formatHighlight(highlight: Highlight): string[] {
  const parts = [formatBlockQuote(highlight.target.quote.exact)];
  const claimant = singleLine(highlight.claimant);
  if (claimant) parts.push(`**Claimant:** ${escapeMarkdown(claimant)}`);
  const tags = highlight.tags.map(markdownTag).filter((tag): tag is string => tag !== null);
  if (tags.length > 0) parts.push(tags.join(' '));
  const note = formatParagraphs(highlight.note.trim());
  if (note) parts.push(`**Note:** ${note}`);
  return parts;
}

/** Every line of the quote prefixed with "> "; its blank lines stay inside the one quote. */
function formatBlockQuote(text: string): string {
  return (formatParagraphs(text) || '…')
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/**
 * Escaped text as Markdown paragraphs: blank lines separate paragraphs; a single line break
 * becomes a hard break (a trailing backslash), so the rendered text keeps it.
 */
function formatParagraphs(text: string): string {
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

function unionOfTags(highlights: Highlight[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of highlights.flatMap((highlight) => highlight.tags)) {
    // Tag names are unique case-insensitively in the library; keep the first spelling met.
    const key = tag.trim().toLocaleLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag.trim());
  }
  return tags;
}

function orderByReading(text: string, highlights: Highlight[]): Highlight[] {
  // The stored position may be stale after an edit; where the quote anchors now is the truth.
  const starts = new Map(highlights.map((highlight) => [highlight, anchorTarget(text, highlight.target)?.start ?? highlight.target.position.start]));
  return [...highlights].sort(
    (a, b) => starts.get(a)! - starts.get(b)! || a.target.position.end - b.target.position.end || a.createdAt.localeCompare(b.createdAt),
  );
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
