/** A half-open range of UTF-16 offsets into an article's canonical text. */
export interface TextRange {
  start: number;
  end: number;
}
