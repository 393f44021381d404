/** What the quiet save indicator shows: nothing yet, edits on their way, all stored, or the last save failed. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
