import type { Highlight } from '../model/highlight.js';
import type { SearchHit, SnippetPart } from '../model/search-hit.js';
import { foldText } from '../rules/fold-text.js';

/** Words on each side of the first match in a scanned snippet. */
const CONTEXT_WORDS = 10;

/** An article as the scan reads it. */
export interface ScannedArticle {
  id: string;
  title: string;
  text: string;
  highlights: readonly Highlight[];
}

/**
 * Search without the index (when SQLite cannot load): every article read and scanned for words
 * starting with each query word, ignoring case and diacritics; scored by how often they occur,
 * a title word counting ten. Correct but slow (it reads every article), hence only a fallback.
 */
export async function scanSearch(articles: AsyncIterable<ScannedArticle>, query: string, limit: number): Promise<SearchHit[]> {
  const terms = (query.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).map(foldText);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for await (const article of articles) {
    const body = scoreText(article.text, terms);
    const title = scoreText(article.title, terms);
    if (terms.every((term) => (body.counts.get(term) ?? 0) + (title.counts.get(term) ?? 0) > 0)) {
      const snippet = body.snippet.length > 0 ? body.snippet : title.snippet;
      hits.push({ kind: 'article', articleId: article.id, highlightId: null, title: article.title, snippet, score: 10 * title.total + body.total });
    }
    for (const highlight of article.highlights) {
      const claim = highlight.claim;
      const text = [highlight.target.quote.exact, highlight.note, highlight.tags.join(' '), highlight.claimant, claim?.claimantRole, claim?.about, claim?.kind].join('\n');
      const scored = scoreText(text, terms);
      if (terms.every((term) => (scored.counts.get(term) ?? 0) > 0)) {
        hits.push({ kind: 'highlight', articleId: article.id, highlightId: highlight.id, title: article.title, snippet: scored.snippet, score: scored.total });
      }
    }
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

function scoreText(text: string, terms: readonly string[]): { counts: Map<string, number>; total: number; snippet: SnippetPart[] } {
  const words = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)];
  const counts = new Map<string, number>();
  let first = -1;
  const isMatch = words.map((word, position) => {
    const folded = foldText(word[0]);
    const term = terms.find((candidate) => folded.startsWith(candidate));
    if (term === undefined) return false;
    counts.set(term, (counts.get(term) ?? 0) + 1);
    if (first < 0) first = position;
    return true;
  });
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (first < 0) return { counts, total, snippet: [] };
  const from = Math.max(0, first - CONTEXT_WORDS);
  const to = Math.min(words.length - 1, first + CONTEXT_WORDS);
  const snippet: SnippetPart[] = from > 0 ? [{ text: '…', match: false }] : [];
  let cursor = words[from]!.index;
  for (let position = from; position <= to; position++) {
    const word = words[position]!;
    if (word.index > cursor) snippet.push({ text: text.slice(cursor, word.index), match: false });
    snippet.push({ text: word[0], match: isMatch[position]! });
    cursor = word.index + word[0].length;
  }
  if (to < words.length - 1) snippet.push({ text: '…', match: false });
  return { counts, total, snippet };
}
