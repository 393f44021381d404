import type BetterSqlite3 from 'better-sqlite3';
import { dayOf } from '../rules/day-of.js';
import type { Highlight } from '../model/highlight.js';
import type { HighlightFilter } from '../model/highlight-filter.js';
import { foldText } from '../rules/fold-text.js';
import { CLAIM_ORDER_SQL, highlightFilterSql } from './highlight-filter-sql.js';
import { RANK_SETTINGS, SEARCH_SCHEMA } from './search-schema.js';
import { SNIPPET_MARKERS } from './snippet-markers.js';
import { withoutSnippetMarkers } from './without-snippet-markers.js';

/** What the index keeps of an article. */
export interface IndexedArticle {
  id: string;
  title: string;
  publishedTime: string | null;
  text: string;
}

/** One ranked match, before it becomes a SearchHit. */
export interface SearchRow {
  articleId: string;
  highlightId: string | null;
  title: string;
  snippet: string;
  /** bm25 as FTS5 gives it: lower is better. */
  rank: number;
}

/** Tokens around a match in a snippet: about a line of text. */
const SNIPPET_TOKENS = 24;

/**
 * The SQLite side of search (better-sqlite3, synchronous): the FTS5 tables of article text and
 * highlights, and the highlight table the claims view is answered from. Every method is one
 * statement or one transaction; what to index and when is SearchIndex's business.
 */
export class SearchDatabase {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  private constructor(private readonly db: BetterSqlite3.Database) {}

  /** Opens (creating) the index file; throws what SQLite throws for a damaged file. */
  static open(Database: typeof BetterSqlite3, filePath: string): SearchDatabase {
    const db = new Database(filePath);
    try {
      // WAL: searches read while a change commits; NORMAL: the index is derived, and a crash is
      // caught by the dirty marker (see SearchIndex), so commits need not wait for fsync.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      const isNew = db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'meta'`).get() as { n: number };
      db.exec(SEARCH_SCHEMA);
      if (isNew.n === 0) db.exec(RANK_SETTINGS);
      return new SearchDatabase(db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** A value of the meta table, or null. */
  meta(key: string): string | null {
    const row = this.statement('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  /** Sets a meta value; `durable` waits for the disk, for the markers a crash must not lose. */
  setMeta(key: string, value: string, durable = false): void {
    if (durable) this.db.pragma('synchronous = FULL');
    try {
      this.statement('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
    } finally {
      if (durable) this.db.pragma('synchronous = NORMAL');
    }
  }

  /** Runs `work` in one transaction. */
  transaction<R>(work: () => R): R {
    return this.db.transaction(work)();
  }

  /** Empties every table but meta. */
  clear(): void {
    this.transaction(() => {
      for (const table of ['articles', 'article_text', 'highlights', 'highlight_tags', 'highlight_text']) this.db.exec(`DELETE FROM ${table}`);
    });
  }

  /** How many articles the index holds. */
  articleCount(): number {
    return (this.statement('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  /** Adds or replaces an article with its text and highlights. */
  putArticle(article: IndexedArticle, highlights: readonly Highlight[]): void {
    this.transaction(() => {
      this.removeArticle(article.id);
      const { lastInsertRowid } = this.statement('INSERT INTO articles (id, title, day) VALUES (?, ?, ?)').run(article.id, article.title, dayOf(article.publishedTime));
      this.statement('INSERT INTO article_text (rowid, title, body) VALUES (?, ?, ?)').run(
        lastInsertRowid,
        withoutSnippetMarkers(article.title),
        withoutSnippetMarkers(article.text),
      );
      this.insertHighlights(Number(lastInsertRowid), highlights);
    });
  }

  /** Changes an article's title and date (its text never changes after import). */
  updateArticleInfo(id: string, title: string, publishedTime: string | null): void {
    this.transaction(() => {
      const rowid = this.articleRowid(id);
      if (rowid === null) return;
      const day = dayOf(publishedTime);
      this.statement('UPDATE articles SET title = ?, day = ? WHERE rowid = ?').run(title, day, rowid);
      this.statement('UPDATE article_text SET title = ? WHERE rowid = ?').run(withoutSnippetMarkers(title), rowid);
      this.statement('UPDATE highlights SET title = ?, claim_day = COALESCE(made_on, ?) WHERE article_rowid = ?').run(title, day, rowid);
    });
  }

  /** Replaces an article's highlights; false when the article is not in the index. */
  replaceHighlights(articleId: string, highlights: readonly Highlight[]): boolean {
    return this.transaction(() => {
      const rowid = this.articleRowid(articleId);
      if (rowid === null) return false;
      // Only the highlights that changed are rewritten: a save changes one, and rewriting every
      // highlight of the article (and its full-text rows) made a save's cost grow with the article.
      const stored = new Map<string, { rowid: number; json: string }>();
      for (const row of this.statement('SELECT rowid, id, json FROM highlights WHERE article_rowid = ?').all(rowid) as { rowid: number; id: string; json: string }[]) {
        stored.set(row.id, row);
      }
      const changed: Highlight[] = [];
      for (const highlight of highlights) {
        const old = stored.get(highlight.id);
        if (old !== undefined && old.json === JSON.stringify(highlight)) {
          stored.delete(highlight.id);
          continue;
        }
        changed.push(highlight);
      }
      // What is left is gone or changed: removed, and the changed ones inserted anew.
      for (const old of stored.values()) this.deleteHighlight(old.rowid);
      this.insertHighlights(rowid, changed);
      return true;
    });
  }

  /** Removes an article and its highlights. */
  removeArticle(id: string): void {
    this.transaction(() => {
      const rowid = this.articleRowid(id);
      if (rowid === null) return;
      this.deleteHighlights(rowid);
      this.statement('DELETE FROM article_text WHERE rowid = ?').run(rowid);
      this.statement('DELETE FROM articles WHERE rowid = ?').run(rowid);
    });
  }

  /** The best-ranked articles for an FTS5 MATCH expression, with snippets. */
  searchArticles(match: string, limit: number): SearchRow[] {
    return this.statement(
      `SELECT a.id AS articleId, NULL AS highlightId, a.title AS title, f.snippet AS snippet, f.rank AS rank
       FROM (SELECT rowid, rank, snippet(article_text, -1, ?, ?, ?, ${SNIPPET_TOKENS}) AS snippet
             FROM article_text WHERE article_text MATCH ? ORDER BY rank LIMIT ?) f
       JOIN articles a ON a.rowid = f.rowid ORDER BY f.rank`,
    ).all(SNIPPET_MARKERS.open, SNIPPET_MARKERS.close, SNIPPET_MARKERS.ellipsis, match, limit) as SearchRow[];
  }

  /** The best-ranked highlights for an FTS5 MATCH expression, with snippets. */
  searchHighlights(match: string, limit: number): SearchRow[] {
    return this.statement(
      `SELECT a.id AS articleId, h.id AS highlightId, a.title AS title, f.snippet AS snippet, f.rank AS rank
       FROM (SELECT rowid, rank, snippet(highlight_text, -1, ?, ?, ?, ${SNIPPET_TOKENS}) AS snippet
             FROM highlight_text WHERE highlight_text MATCH ? ORDER BY rank LIMIT ?) f
       JOIN highlights h ON h.rowid = f.rowid JOIN articles a ON a.rowid = h.article_rowid ORDER BY f.rank`,
    ).all(SNIPPET_MARKERS.open, SNIPPET_MARKERS.close, SNIPPET_MARKERS.ellipsis, match, limit) as SearchRow[];
  }

  /** A page of the highlights matching a filter, newest claim first (undated last), then by article and position. */
  queryHighlights(filter: HighlightFilter, limit: number, offset: number): { total: number; highlights: Highlight[] } {
    const { where, params } = highlightFilterSql(filter);
    const rows = this.statement(`SELECT h.json AS json FROM highlights h WHERE ${where} ORDER BY ${CLAIM_ORDER_SQL} LIMIT ? OFFSET ?`).all(
      ...params,
      limit,
      offset,
    ) as { json: string }[];
    // A page that is not full ends the list, and so tells the total; only a full one pays for counting.
    const isLastPage = rows.length < limit && (rows.length > 0 || offset === 0);
    const total = isLastPage ? offset + rows.length : (this.statement(`SELECT count(*) AS n FROM highlights h WHERE ${where}`).get(...params) as { n: number }).n;
    return { total, highlights: rows.map((row) => JSON.parse(row.json) as Highlight) };
  }

  /** Closes the file. */
  close(): void {
    this.statements.clear();
    this.db.close();
  }

  private articleRowid(id: string): number | null {
    const row = this.statement('SELECT rowid FROM articles WHERE id = ?').get(id) as { rowid: number } | undefined;
    return row?.rowid ?? null;
  }

  private deleteHighlights(articleRowid: number): void {
    const select = 'SELECT rowid FROM highlights WHERE article_rowid = ?';
    this.statement(`DELETE FROM highlight_text WHERE rowid IN (${select})`).run(articleRowid);
    this.statement(`DELETE FROM highlight_tags WHERE highlight_rowid IN (${select})`).run(articleRowid);
    this.statement('DELETE FROM highlights WHERE article_rowid = ?').run(articleRowid);
  }

  private deleteHighlight(rowid: number): void {
    this.statement('DELETE FROM highlight_text WHERE rowid = ?').run(rowid);
    this.statement('DELETE FROM highlight_tags WHERE highlight_rowid = ?').run(rowid);
    this.statement('DELETE FROM highlights WHERE rowid = ?').run(rowid);
  }

  private insertHighlights(articleRowid: number, highlights: readonly Highlight[]): void {
    if (highlights.length === 0) return;
    const article = this.statement('SELECT id, title, day FROM articles WHERE rowid = ?').get(articleRowid) as { id: string; title: string; day: string | null };
    const insert = this.statement(
      `INSERT INTO highlights (article_rowid, id, start, claimant, about, kind, color, reliability, credibility, made_on, claim_day, title, article_id, json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertTag = this.statement('INSERT INTO highlight_tags (highlight_rowid, tag) VALUES (?, ?)');
    const insertText = this.statement('INSERT INTO highlight_text (rowid, quote, note, tags, claimant, claim) VALUES (?, ?, ?, ?, ?, ?)');
    for (const highlight of highlights) {
      const claim = highlight.claim;
      const { lastInsertRowid } = insert.run(
        articleRowid,
        highlight.id,
        highlight.target.position.start,
        foldText(highlight.claimant),
        foldText(claim?.about ?? ''),
        foldText(claim?.kind ?? '').trim(),
        foldText(highlight.color),
        highlight.grading?.reliability ?? null,
        highlight.grading?.credibility ?? null,
        claim?.madeOn ?? null,
        claim?.madeOn ?? article.day,
        article.title,
        article.id,
        JSON.stringify(highlight),
      );
      for (const tag of highlight.tags) insertTag.run(lastInsertRowid, foldText(tag.trim()));
      insertText.run(
        lastInsertRowid,
        withoutSnippetMarkers(highlight.target.quote.exact),
        withoutSnippetMarkers(highlight.note),
        withoutSnippetMarkers(highlight.tags.join(' ')),
        withoutSnippetMarkers(highlight.claimant),
        withoutSnippetMarkers(claim ? [claim.claimantRole, claim.about, claim.kind].join(' ') : ''),
      );
    }
  }

  private statement(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}
