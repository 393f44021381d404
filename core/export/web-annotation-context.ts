/**
 * The JSON-LD contexts of a Web Annotation export: the W3C context, then Research Notes' own
 * terms for what the W3C model has no word for. Every extension property is written with the
 * `rn:` prefix, which expands to `urn:research-notes:vocab:` — a namespace we own that names no
 * web address, so nothing is ever fetched for it. The terms:
 *
 * - `rn:claimant` (string): who makes the claim the highlight marks.
 * - `rn:claim` (JSON object): the claim's fields as the app stores them: claimantRole, about, kind,
 *   madeOn (YYYY-MM-DD or null), quoteKind ("direct" | "paraphrase").
 * - `rn:grading` (string): the Admiralty grade, source reliability A-F then credibility 1-6 ("B2").
 * - `rn:color` (string) and `rn:colorMeaning` (string): the highlight color and what it means.
 * - `rn:page` (integer): the 1-based page of a paginated source.
 * - `rn:orphaned` (boolean, only when true): a re-import of the article could not place the quote
 *   in the updated text; the selectors are those of the earlier text.
 * - `rn:related` (JSON list): links to other annotations, `{ relation, id }` with relation
 *   "Supports", "Contradicts", "Repeats", "Cites" or their inverses ("Supported by", ...).
 * - `rn:articleId` (string) and `rn:articleTitle` (string): the article in the library.
 * - `rn:originalSha256` (string, when the original was kept), `rn:textSha256` (string) and
 *   `rn:captured` (UTC ISO 8601): the SHA-256 of the article's original as received (the captured
 *   page, the file), of its canonical text, and when it was captured.
 *
 * TextPositionSelector offsets count UTF-16 code units in the article's canonical plain text as
 * Research Notes extracted it, which may differ from the text of the live page at `source`.
 */
export const WEB_ANNOTATION_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  {
    rn: 'urn:research-notes:vocab:',
    'rn:claim': { '@type': '@json' },
    'rn:related': { '@type': '@json' },
  },
] as const;
