/** A part of a snippet: plain text, and whether it matched the query (drawn emphasised). */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** One search result: an article, or a highlight within one, with a snippet around the match. */
export interface SearchHit {
  kind: 'article' | 'highlight';
  articleId: string;
  highlightId: string | null;
  title: string;
  /** Plain-text parts, never HTML, so a snippet can never inject markup into the UI. */
  snippet: SnippetPart[];
  /** Higher is better. */
  score: number;
}
