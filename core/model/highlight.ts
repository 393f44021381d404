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
  note: string;
  color: string;
  createdAt: string;
  updatedAt: string;
}
