/**
 * Private-use characters FTS5's snippet() wraps matches in. Indexed text never contains them
 * (see withoutSnippetMarkers), so splitting on them cannot be fooled by an article's own text.
 */
export const SNIPPET_MARKERS = { open: '\uE000', close: '\uE001', ellipsis: '…' } as const;
