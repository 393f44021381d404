/** One word, number or punctuation mark of the canonical text, with its offsets. */
export interface TextToken {
  start: number;
  end: number;
  text: string;
  /** Lower case, with a final possessive ('s, ’s) removed. */
  lower: string;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  isCapitalized: boolean;
  /** Ends with a possessive 's or ’s. */
  isPossessive: boolean;
}
