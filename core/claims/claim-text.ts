import type { CueLexicon } from './cue-lexicon.js';
import { findQuotations } from './find-quotations.js';
import type { Quotation } from './quotation.js';
import type { Sentence } from './sentence.js';
import { splitSentences } from './split-sentences.js';
import type { TextToken } from './text-token.js';
import { tokenizeText } from './tokenize-text.js';

/** A canonical text cut up once for all the finder's rules: tokens, sentences, quotations. */
export interface ClaimText {
  text: string;
  lexicon: CueLexicon;
  tokens: TextToken[];
  sentences: Sentence[];
  quotations: Quotation[];
  /** The index of the sentence of each token. */
  sentenceOf: Int32Array;
  /** The index of the quotation each token is inside of (its content or its marks), or -1. */
  quotationOf: Int32Array;
  /** Lower-case words that occur in lower case somewhere in the text (so a capitalised one may be an ordinary word). */
  lowerWords: ReadonlySet<string>;
  /** Lower-case forms of words capitalised inside a sentence somewhere ("Josh Earnest"), so "Earnest added" opens with a name. */
  innerCapitals: ReadonlySet<string>;
}

/** Cuts a text up for the finder. */
export function analyzeClaimText(text: string, lexicon: CueLexicon): ClaimText {
  const tokens = tokenizeText(text);
  const sentences = splitSentences(text, tokens);
  const quotations = findQuotations(text);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((sentence, index) => sentenceOf.fill(index, sentence.tokenStart, sentence.tokenEnd));
  const quotationOf = new Int32Array(tokens.length).fill(-1);
  let quotation = 0;
  const lowerWords = new Set<string>();
  tokens.forEach((token, index) => {
    while (quotation < quotations.length && quotations[quotation]!.end <= token.start) quotation++;
    const current = quotations[quotation];
    if (current && current.start <= token.start && token.end <= current.end) quotationOf[index] = quotation;
    if (token.isWord && !token.isCapitalized) lowerWords.add(token.lower);
  });
  const innerCapitals = new Set<string>();
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (token.isCapitalized && token.isWord && previous?.isWord && sentences[sentenceOf[index]!]!.tokenStart !== index) innerCapitals.add(token.lower);
  });
  return { text, lexicon, tokens, sentences, quotations, sentenceOf, quotationOf, lowerWords, innerCapitals };
}
