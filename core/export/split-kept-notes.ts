import { KEPT_NOTES_MARKER } from './kept-notes-marker.js';

/** What the user wrote below the marker line of an exported note; null when the note has no marker line. */
export function splitKeptNotes(content: string): string | null {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  // The first marker line counts: a user who pastes the line again below keeps that copy as text.
  const at = lines.findIndex((line) => line.trim() === KEPT_NOTES_MARKER);
  return at === -1 ? null : lines.slice(at + 1).join('\n');
}
