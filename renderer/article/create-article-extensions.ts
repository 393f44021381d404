import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import Image from '@tiptap/extension-image';
import { ArticleChunkNode } from './article-chunk-node.js';
import { CaptionNode } from './caption-node.js';
import { HighlightDecorations, type HighlightDecorationsOptions } from './highlight-decorations.js';
import { SearchMarks } from './search-marks.js';
import { SuggestionDecorations } from './suggestion-decorations.js';

// The CSP forbids style attributes, so table alignment travels as data-align and CSS draws it.
const alignAsData = {
  align: {
    default: null,
    renderHTML: (attributes: Record<string, unknown>) =>
      typeof attributes.align === 'string' ? { 'data-align': attributes.align } : {},
  },
};

const ArticleTable = Table.extend({
  renderHTML({ HTMLAttributes }) {
    // No inline min-width style (blocked by the CSP) and no colgroup: articles are read, not resized.
    return ['div', { class: 'table-wrapper' }, ['table', HTMLAttributes, ['tbody', 0]]];
  },
  addNodeView: () => null,
});
// An image the import could not have (core/import/resolve-page-images.ts) has no source: it is
// drawn as a labelled placeholder, never as an <img> that would try to load something.
const ArticleImage = Image.extend({
  renderHTML({ HTMLAttributes }) {
    const { src, alt, title } = HTMLAttributes as { src?: string | null; alt?: string | null; title?: string | null };
    if (src) return ['img', { src, alt: alt ?? '', ...(title ? { title } : {}) }];
    const label = alt ? `Image not available: ${alt}` : 'Image not available';
    return ['div', { class: 'image-missing', role: 'img', 'aria-label': label }, ['span', { class: 'image-missing-text', 'aria-hidden': 'true' }, label]];
  },
});
const ArticleTableCell = TableCell.extend({ addAttributes() { return { ...this.parent?.(), ...alignAsData }; } });
const ArticleTableHeader = TableHeader.extend({ addAttributes() { return { ...this.parent?.(), ...alignAsData }; } });

/**
 * The tiptap extensions of the read-only article view: one for every name in
 * core/document/schema-names.ts, the view's own chunk wrapper, and the highlights it opens with.
 */
export function createArticleExtensions(initial: HighlightDecorationsOptions): Extensions {
  return [
    StarterKit.configure({
      // Links stay inert: reading an article must never navigate away or open anything.
      link: { openOnClick: false, autolink: false, linkOnPaste: false, enableClickSelection: false, HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow' } },
      // A trailing empty paragraph would add a block to the canonical text and shift every offset.
      trailingNode: false,
      undoRedo: false,
      dropcursor: false,
      gapcursor: false,
    }),
    ArticleTable.configure({ resizable: false }),
    TableRow,
    ArticleTableHeader,
    ArticleTableCell,
    ArticleImage.configure({ inline: false, allowBase64: true }),
    CaptionNode,
    ArticleChunkNode,
    HighlightDecorations.configure(initial),
    SearchMarks,
    // After the highlights' extension, whose first plugin builds the text position map this one reads.
    SuggestionDecorations,
  ];
}
