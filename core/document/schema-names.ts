/**
 * The node and mark names an imported document may contain. Importers produce only these;
 * the renderer registers a tiptap extension for each. `image` is a block (tiptap's default). `caption` is ours: a caption line
 * (for example a photo caption in a plain-text article), rendered as a figure caption.
 */
export const BLOCK_NODE_NAMES = [
  'doc', 'paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem',
  'codeBlock', 'horizontalRule', 'caption', 'image', 'table', 'tableRow', 'tableHeader', 'tableCell',
] as const;

/** Inline node names (text and leaves inside a textblock). */
export const INLINE_NODE_NAMES = ['text', 'hardBreak'] as const;

/** Mark names. */
export const MARK_NAMES = ['bold', 'italic', 'underline', 'strike', 'code', 'link'] as const;
