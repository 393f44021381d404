import type { SnippetPart } from '../model/search-hit.js';
import { SNIPPET_MARKERS } from './snippet-markers.js';

/** Splits a snippet marked by FTS5 into plain-text parts with match flags; adjacent parts of one kind are joined. */
export function splitSnippet(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  const flush = (): void => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
    text = '';
  };
  for (const char of marked) {
    if (char === SNIPPET_MARKERS.open || char === SNIPPET_MARKERS.close) {
      flush();
      match = char === SNIPPET_MARKERS.open;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}
