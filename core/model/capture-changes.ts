import type { AnchorStatus } from './article-version.js';

/** One stretch of a word diff: words both captures have, or only the earlier (removed) or the later (added). */
export interface TextChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** One capture of an article, as its history lists it. */
export interface CaptureSummary {
  capturedAt: string;
  title: string;
  tool: string;
  operator: string;
  /** SHA-256 of its canonical text. */
  contentHash: string;
  /** SHA-256 of its kept page or original; null when none was kept. */
  originalSha256: string | null;
}

/** How an article's latest capture differs from the one before it (articleChanges). */
export interface CaptureChanges {
  /** Every capture, oldest first; the last is the article as it is now. */
  captures: CaptureSummary[];
  /** The text of the capture before the latest against the latest, word by word. */
  changes: TextChange[];
  /** False when the texts were too far apart to compare word by word in time, and were compared by line. */
  byWords: boolean;
  /** How each highlight made before the latest capture was placed in it: the words it marked then and marks now (the same unless changed; for gone, still the old). */
  anchors: Array<{ highlightId: string; before: string; now: string; status: AnchorStatus }>;
}
