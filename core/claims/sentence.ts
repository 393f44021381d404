/** A sentence of the canonical text, as a range of characters and of tokens. */
export interface Sentence {
  start: number;
  end: number;
  /** Its tokens: tokens[tokenStart] up to, not including, tokens[tokenEnd]. */
  tokenStart: number;
  tokenEnd: number;
  /** The index of its paragraph (textblock) in the text. */
  paragraph: number;
}
