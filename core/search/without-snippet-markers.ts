import { SNIPPET_MARKERS } from './snippet-markers.js';

const MARKERS = new RegExp(`[${SNIPPET_MARKERS.open}${SNIPPET_MARKERS.close}]`, 'gu');

/** Text as it is indexed: the snippet marker characters replaced by spaces, so only FTS5 can place them. */
export function withoutSnippetMarkers(text: string): string {
  return text.replace(MARKERS, ' ');
}
