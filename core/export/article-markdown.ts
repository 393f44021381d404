import { anchorTarget } from '../anchoring/anchor-target.js';
import { pageAtOffset } from '../document/page-at-offset.js';
import type { Article } from '../model/article.js';
import { DEFAULT_COLOR_LEGEND, type ColorMeaning } from '../model/color-legend.js';
import type { Highlight } from '../model/highlight.js';
import type { HighlightRef } from '../model/highlight-link.js';
import { escapeMarkdown } from './escape-markdown.js';
import { highlightBlockId } from './highlight-block-id.js';
import { DEFAULT_HIGHLIGHT_TEMPLATE, renderHighlightTemplate } from './highlight-template.js';
import { highlightTemplateValues } from './highlight-template-values.js';
import { KEPT_NOTES_MARKER } from './kept-notes-marker.js';
import { markdownTagName } from './markdown-tag.js';
import { singleLine } from './single-line.js';
import { yamlScalar } from './yaml-scalar.js';

/** Choices for an article's Markdown note; every field has a default. */
export interface ArticleMarkdownOptions {
  /** What each color means; DEFAULT_COLOR_LEGEND when left out. */
  legend?: readonly ColorMeaning[] | undefined;
  /** The block of one highlight (see highlight-template.ts); DEFAULT_HIGHLIGHT_TEMPLATE when left out. */
  template?: string | undefined;
  /**
   * The wiki-link target of a related highlight in another note ("Other note#^h-1a2b3c4d"); null
   * when that note is not exported. Related highlights of the same article link without asking.
   */
  linkToHighlight?: ((ref: HighlightRef) => string | null) | undefined;
  /** What the user wrote below the marker line last time, kept as it is. */
  keptNotes?: string | undefined;
}

/**
 * An article's claims as a Markdown note for Obsidian and any CommonMark reader: YAML front
 * matter (title, authors, site, url, published, imported, source, tags in the same Markdown form
 * as the body's hashtags (markdown-tag.ts), content hash, id), the
 * title as a heading, each highlight in reading order rendered through the template, then the
 * marker line below which the user's own notes survive re-export. All article and user text is
 * escaped, so no text can break the structure.
 */
export function formatArticleMarkdown(article: Article, highlights: Highlight[], options: ArticleMarkdownOptions = {}): string {
  const starts = readingStarts(article.text, highlights);
  const ordered = [...highlights].sort(
    (a, b) => starts.get(a)! - starts.get(b)! || a.target.position.end - b.target.position.end || a.createdAt.localeCompare(b.createdAt),
  );
  const ownIds = new Set(highlights.map((highlight) => highlight.id));
  const linkElsewhere = options.linkToHighlight ?? (() => null);
  const linkToHighlight = (ref: HighlightRef): string | null =>
    ref.articleId === article.id && ownIds.has(ref.highlightId) ? `#^${highlightBlockId(ref.highlightId)}` : linkElsewhere(ref);
  const pageStarts = readPageStarts(article);
  const template = options.template ?? DEFAULT_HIGHLIGHT_TEMPLATE;
  const sections = [formatFrontMatter(article, ordered), `# ${escapeMarkdown(singleLine(article.title) || 'Untitled article')}`];
  for (const highlight of ordered) {
    const page = pageStarts ? pageAtOffset(pageStarts, starts.get(highlight)!) : null;
    const block = renderHighlightTemplate(template, highlightTemplateValues(highlight, { legend: options.legend ?? DEFAULT_COLOR_LEGEND, page, linkToHighlight }));
    if (block !== '') sections.push(block);
  }
  sections.push(KEPT_NOTES_MARKER);
  return `${sections.join('\n\n')}\n${options.keptNotes ?? ''}`;
}

function formatFrontMatter(article: Article, highlights: Highlight[]): string {
  const lines = ['---', `title: ${yamlScalar(article.title)}`];
  if (article.byline) lines.push('authors:', `  - ${yamlScalar(article.byline)}`);
  if (article.siteName) lines.push(`site: ${yamlScalar(article.siteName)}`);
  if (article.url) lines.push(`url: ${yamlScalar(article.url)}`);
  if (article.publishedTime) lines.push(`published: ${yamlScalar(article.publishedTime)}`);
  lines.push(`imported: ${yamlScalar(article.importedAt)}`, `source: ${yamlScalar(article.source)}`);
  const tags = unionOfTags([...(article.articleTags ?? []), ...highlights.flatMap((highlight) => highlight.tags)]);
  if (tags.length === 0) lines.push('tags: []');
  else lines.push('tags:', ...tags.map((tag) => `  - ${yamlScalar(tag)}`));
  // The evidence: the SHA-256 of the original as received (the captured page, the file) and when it was captured.
  if (article.originalSha256) lines.push(`sha256: ${yamlScalar(article.originalSha256)}`);
  if (article.capturedAt) lines.push(`captured: ${yamlScalar(article.capturedAt)}`);
  // The id lets a re-export find this note again after the article's title (so its file name) changed.
  lines.push(`content_hash: ${yamlScalar(article.contentHash)}`, `research_notes_id: ${yamlScalar(article.id)}`, '---');
  return lines.join('\n');
}

/** The article's own tags, then its highlights' in reading order, each in its Markdown form (as the body's hashtags write it). */
function unionOfTags(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const name of names) {
    const tag = markdownTagName(name);
    // Obsidian compares tags case-insensitively; keep the first spelling met.
    const key = tag?.toLocaleLowerCase();
    if (tag === null || key === undefined || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

function readingStarts(text: string, highlights: Highlight[]): Map<Highlight, number> {
  // The stored position may be stale after an edit; where the quote anchors now is the truth.
  return new Map(highlights.map((highlight) => [highlight, anchorTarget(text, highlight.target)?.start ?? highlight.target.position.start]));
}

function readPageStarts(article: Article): readonly number[] | null {
  // Paginated sources (PDF) will carry page starts; articles stored before that do not.
  const pageStarts = (article as Article & { pageStarts?: unknown }).pageStarts;
  return Array.isArray(pageStarts) && pageStarts.every((start) => typeof start === 'number') ? (pageStarts as number[]) : null;
}
