/**
 * Text as filters compare it: decomposed, diacritics dropped, lower-cased, so "Khačatrian" and
 * "khacatrian" match. The same folding as the search index's `remove_diacritics 2` tokenizer.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase('und').normalize('NFC');
}
