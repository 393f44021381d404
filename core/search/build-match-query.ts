/** At most this many terms reach FTS5: a pasted paragraph should not become a giant query. */
const MAX_TERMS = 32;

/** A last term shorter than this is matched whole: a one-letter prefix would expand to most of the vocabulary. */
const MIN_PREFIX_LENGTH = 2;

/**
 * An FTS5 MATCH expression for what the user typed: the words (runs of letters and digits) each
 * quoted as a string, so no user syntax (quotes, AND, NEAR, column filters, `*`) reaches FTS5;
 * all must match; the last one also as a prefix while the user is still typing it. Null when the
 * query has no words.
 */
export function buildMatchQuery(query: string): string | null {
  const terms = query.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu)?.slice(0, MAX_TERMS) ?? [];
  if (terms.length === 0) return null;
  // A query ending in a space means the last word is finished: no prefix then.
  const isTyping = !/\s$/u.test(query);
  return terms
    .map((term, position) => {
      const quoted = `"${term}"`;
      const isLast = position === terms.length - 1;
      return isLast && isTyping && [...term].length >= MIN_PREFIX_LENGTH ? `${quoted}*` : quoted;
    })
    .join(' ');
}
