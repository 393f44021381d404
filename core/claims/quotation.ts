/** A quotation found by findQuotations: its marks and the content between them. */
export interface Quotation {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or after the content when it was never closed). */
  end: number;
  /** The quoted words: between the marks, without them. */
  contentStart: number;
  contentEnd: number;
  /** False when no closing mark was found: the quotation runs to the end of its paragraph. */
  closed: boolean;
  /** How many paragraphs it spans (a quotation reopened at the start of each next paragraph). */
  paragraphs: number;
}
