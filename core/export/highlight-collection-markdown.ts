import type { ArticleSummary } from '../model/article.js';
import type { Highlight } from '../model/highlight.js';
import { escapeMarkdown } from './escape-markdown.js';
import { highlightBlockId } from './highlight-block-id.js';
import { formatMarkdownBlockQuote } from './markdown-block-quote.js';
import { formatHighlightNoteMarkdown } from './highlight-note-markdown.js';
import { markdownTag } from './markdown-tag.js';
import { singleLine } from './single-line.js';
import { yamlScalar } from './yaml-scalar.js';

/** The highlights of one article that belong in a collection, with the stem of the article's note. */
export interface CollectionArticle {
  article: ArticleSummary;
  /** The article note's file name without ".md", the target of [[wiki links]]. */
  noteStem: string;
  highlights: Highlight[];
}

/** What a collection gathers: the highlights with one tag, by one claimant, matching a saved filter (by its name), or the claims view's filter (in words). */
export interface CollectionSubject {
  kind: 'tag' | 'claimant' | 'filter' | 'claims';
  name: string;
}

// The same words as the article notes' template, for a highlight a re-import could not place.
const ORPHANED_LINE = '**Orphaned:** the quote is no longer found in the updated article';

const HEADINGS: Record<CollectionSubject['kind'], string> = { tag: 'Tag', claimant: 'Claimant', filter: 'Saved filter', claims: 'Claims' };
const FRONT_MATTER_KEYS: Record<CollectionSubject['kind'], string> = { tag: 'tag', claimant: 'claimant', filter: 'saved_filter', claims: 'claims_filter' };

/**
 * A note gathering the highlights with one tag, by one claimant or matching a saved filter across
 * the library: grouped by article (in the order given), each quote followed by its citation
 * (title, site, date) and a wiki link to the highlight's block in the article's note.
 */
export function formatHighlightCollectionMarkdown(subject: CollectionSubject, articles: readonly CollectionArticle[]): string {
  const heading = `${HEADINGS[subject.kind]}: ${subject.name}`;
  const count = articles.reduce((sum, entry) => sum + entry.highlights.length, 0);
  const sections = [
    ['---', `title: ${yamlScalar(heading)}`, `${FRONT_MATTER_KEYS[subject.kind]}: ${yamlScalar(subject.name)}`, `highlights: ${count}`, '---'].join('\n'),
    `# ${escapeMarkdown(singleLine(heading))}`,
  ];
  for (const entry of articles) {
    if (entry.highlights.length === 0) continue;
    sections.push(`## [[${entry.noteStem}]]`);
    const citation = formatCitation(entry.article);
    const ordered = [...entry.highlights].sort((a, b) => a.target.position.start - b.target.position.start || a.target.position.end - b.target.position.end);
    for (const highlight of ordered) {
      sections.push(formatMarkdownBlockQuote(highlight.target.quote.exact));
      sections.push(`${citation} · [[${entry.noteStem}#^${highlightBlockId(highlight.id)}]]`);
      // The subject is the same for every quote here; the other dimension is what tells them apart.
      const claimant = singleLine(highlight.claimant);
      if (subject.kind !== 'claimant' && claimant) sections.push(`**Claimant:** ${escapeMarkdown(claimant)}`);
      const tags = highlight.tags.map(markdownTag).filter((tag): tag is string => tag !== null);
      if (subject.kind !== 'tag' && tags.length > 0) sections.push(tags.join(' '));
      if (highlight.orphaned === true) sections.push(ORPHANED_LINE);
      const note = formatHighlightNoteMarkdown(highlight);
      if (note) sections.push(`**Note:** ${note}`);
    }
  }
  return `${sections.join('\n\n')}\n`;
}

function formatCitation(article: ArticleSummary): string {
  const parts = [singleLine(article.title) || 'Untitled article', singleLine(article.siteName ?? ''), singleLine(article.publishedTime ?? '')];
  return `— ${parts
    .filter((part) => part !== '')
    .map(escapeMarkdown)
    .join(', ')}`;
}
