import type { Article } from '../model/article.js';
import { canonicalJson } from '../model/canonical-json.js';
import type { Highlight } from '../model/highlight.js';

/**
 * What a team library holds, one CouchDB document each, so that two analysts annotating one
 * article never touch the same document: an article (its text and metadata, without its
 * highlights) and each highlight on its own.
 */
export type TeamPayload = { type: 'article'; article: SharedArticle } | { type: 'highlight'; highlight: Highlight };

/**
 * An article as the team shares it: without what is one reader's own (where they stopped reading),
 * derived (the count), or a path on one computer (where its kept files are: their SHA-256 travel).
 */
export type SharedArticle = Omit<Article, 'readingPosition' | 'highlightCount' | 'originalPath'>;

/** Who made a document and who changed it last, and when (UTC ISO 8601). */
export interface TeamAuthorship {
  createdBy: string;
  createdAt: string;
  changedBy: string;
  changedAt: string;
}

/** A team document as stored in CouchDB. */
export type TeamDocument = TeamPayload & TeamAuthorship & { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[] };

const ARTICLE = 'article:';
const HIGHLIGHT = 'highlight:';

export function articleDocumentId(articleId: string): string {
  return `${ARTICLE}${articleId}`;
}

export function highlightDocumentId(articleId: string, highlightId: string): string {
  return `${HIGHLIGHT}${articleId}:${highlightId}`;
}

/** What a document id names: an article, a highlight of one, or something that is not the team's (a design document). */
export function parseDocumentId(id: string): { type: 'article'; articleId: string } | { type: 'highlight'; articleId: string; highlightId: string } | null {
  if (id.startsWith(ARTICLE)) return { type: 'article', articleId: id.slice(ARTICLE.length) };
  if (!id.startsWith(HIGHLIGHT)) return null;
  const rest = id.slice(HIGHLIGHT.length);
  const colon = rest.indexOf(':');
  return colon <= 0 ? null : { type: 'highlight', articleId: rest.slice(0, colon), highlightId: rest.slice(colon + 1) };
}

export function sharedArticle(article: Article): SharedArticle {
  const { readingPosition: _reading, highlightCount: _count, originalPath: _path, ...shared } = article;
  if (shared.previousVersions) shared.previousVersions = shared.previousVersions.map(({ originalPath: _kept, ...version }) => version);
  return shared;
}

/** The payloads of one local article: its document and its highlights', by document id. */
export function payloadsOf(article: Article, highlights: readonly Highlight[]): Map<string, TeamPayload> {
  const payloads = new Map<string, TeamPayload>([[articleDocumentId(article.id), { type: 'article', article: sharedArticle(article) }]]);
  for (const highlight of highlights) payloads.set(highlightDocumentId(article.id, highlight.id), { type: 'highlight', highlight });
  return payloads;
}

/** The payload of a stored document (its data without CouchDB's and authorship fields). */
export function payloadOf(document: TeamDocument): TeamPayload {
  return document.type === 'article' ? { type: 'article', article: document.article } : { type: 'highlight', highlight: document.highlight };
}

/** Whether two payloads say the same, whatever the order of their fields. */
export function samePayload(a: TeamPayload, b: TeamPayload): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
