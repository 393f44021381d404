/** Words of a text for comparing extractions: letters and digits runs, lower-cased (NFKC first). */
export function wordsOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/**
 * Word-level F1 of an extracted text against the expected one: the harmonic mean of precision and
 * recall over the multisets of words, so order does not count but every repeated word does.
 * Two empty texts agree fully (1).
 */
export function wordF1(actual: string, expected: string): number {
  const actualWords = wordsOf(actual);
  const expectedWords = wordsOf(expected);
  if (actualWords.length === 0 && expectedWords.length === 0) return 1;
  if (actualWords.length === 0 || expectedWords.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of expectedWords) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of actualWords) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(word, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / actualWords.length;
  const recall = common / expectedWords.length;
  return (2 * precision * recall) / (precision + recall);
}
