import type { DocNode } from '../document/doc-node.js';
import type { ClaimFields } from './claim.js';
import type { Grading } from './grading.js';
import type { HighlightLink } from './highlight-link.js';

/** W3C Web Annotation TextQuoteSelector: the quoted text with a little context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: offsets (UTF-16 code units) into the canonical text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Both selectors of a highlight: the position is tried first, the quote is the fallback. */
export interface HighlightTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** A stand-off annotation on an article's canonical text. */
export interface Highlight {
  id: string;
  articleId: string;
  target: HighlightTarget;
  claimant: string;
  /** Tag names as the user wrote them; unique case-insensitively within a highlight. */
  tags: string[];
  /** The note's plain text (derived from noteDoc when there is one): what search and exports read. */
  note: string;
  color: string;
  /** Structured claim fields; absent on highlights made before they existed. */
  claim?: ClaimFields;
  /** Admiralty grade, e.g. B2; null or absent when not graded. */
  grading?: Grading | null;
  /** Links to other highlights, shown at both ends. */
  links?: HighlightLink[];
  /** The note as a rich document (tiptap JSON), when it has been edited as rich text. */
  noteDoc?: DocNode | null;
  /**
   * True when a re-import of the article could not place the highlight in the new text: it keeps
   * its old selectors (and so its quote) and is shown apart, never dropped. Absent when anchored.
   */
  orphaned?: boolean;
  createdAt: string;
  updatedAt: string;
}
