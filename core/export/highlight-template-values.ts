import type { ColorMeaning } from '../model/color-legend.js';
import type { Highlight } from '../model/highlight.js';
import type { HighlightRef } from '../model/highlight-link.js';
import { colorMeaning } from './color-meaning.js';
import { escapeMarkdown } from './escape-markdown.js';
import { highlightBlockId } from './highlight-block-id.js';
import { readHighlightExtras } from './highlight-extras.js';
import type { HighlightTemplateValues } from './highlight-template.js';
import { formatMarkdownBlockQuote } from './markdown-block-quote.js';
import { formatHighlightNoteMarkdown } from './highlight-note-markdown.js';
import { markdownTag } from './markdown-tag.js';
import { singleLine } from './single-line.js';

// Said of a highlight a re-import could not place; the template's label says "Orphaned:".
const ORPHANED_TEXT = 'the quote is no longer found in the updated article';

/** What a highlight's values depend on beyond the highlight itself. */
export interface HighlightValueContext {
  legend: readonly ColorMeaning[];
  /** The page the highlight starts on, for paginated sources, when the highlight does not say. */
  page: number | null;
  /** The wiki-link target ("Note#^h-1a2b3c4d") of a related highlight; null when it is not exported. */
  linkToHighlight: (ref: HighlightRef) => string | null;
}

/** Every template placeholder's value for one highlight, escaped so no user text makes structure. */
export function highlightTemplateValues(highlight: Highlight, context: HighlightValueContext): HighlightTemplateValues {
  const extras = readHighlightExtras(highlight);
  const page = extras.page ?? context.page;
  const related = extras.related.flatMap(({ label, other }) => {
    const target = context.linkToHighlight(other);
    return target === null ? [] : [`${label} [[${target}]]`];
  });
  return {
    quote: formatMarkdownBlockQuote(highlight.target.quote.exact),
    blockId: `^${highlightBlockId(highlight.id)}`,
    meaning: escapeMarkdown(singleLine(colorMeaning(highlight.color, context.legend))),
    color: escapeMarkdown(singleLine(highlight.color)),
    page: page === null ? '' : String(page),
    claimant: escapeMarkdown(singleLine(highlight.claimant)),
    claim: extras.claimFields.map(([label, value]) => `**${label}:** ${escapeMarkdown(singleLine(value))}`).join('\n\n'),
    grading: escapeMarkdown(singleLine(extras.grading)),
    tags: highlight.tags
      .map(markdownTag)
      .filter((tag): tag is string => tag !== null)
      .join(' '),
    note: formatHighlightNoteMarkdown(highlight),
    orphaned: highlight.orphaned === true ? ORPHANED_TEXT : '',
    // Targets are built from file stems and block ids, which hold no Markdown-special characters.
    related: related.join(', '),
    created: escapeMarkdown(highlight.createdAt),
    updated: escapeMarkdown(highlight.updatedAt),
    id: escapeMarkdown(highlight.id),
  };
}
