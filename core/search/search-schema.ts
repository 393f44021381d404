/**
 * The layout of `<library>/search.sqlite`. Changing it means raising SEARCH_INDEX_VERSION: an
 * index of another version is rebuilt from the article files at open, never migrated (it is derived).
 */
export const SEARCH_INDEX_VERSION = 2;

/**
 * unicode61 with remove_diacritics 2 folds case and diacritics ("Khačatrian" finds "Khacatrian");
 * prefix indexes for 2 and 3 characters keep a short prefix while typing from scanning the whole
 * vocabulary (longer prefixes are narrow enough without one).
 */
const FTS_OPTIONS = `tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'`;

/** The statements that create an empty index. */
export const SEARCH_SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  -- the published day (YYYY-MM-DD): the claim date of highlights that have none of their own
  day TEXT
);
CREATE VIRTUAL TABLE IF NOT EXISTS article_text USING fts5(title, body, ${FTS_OPTIONS});
-- One row per highlight: the fields the claims view filters on, folded, and the whole highlight
-- as JSON, so a page of the claims view is answered without reading article files. The claim
-- date (its own, else the article's day) and the article's title and id are repeated here so the
-- claims view's order is one index (highlights_by_claim): a page is read in order and stops at
-- its LIMIT instead of sorting 100,000 rows with their JSON. The index also holds the claimant and
-- colour, so those filters (and their counts) are checked in it without reading the rows; a
-- separate index on either would tempt SQLite into sorting most of the table.
CREATE TABLE IF NOT EXISTS highlights (
  rowid INTEGER PRIMARY KEY,
  article_rowid INTEGER NOT NULL,
  id TEXT NOT NULL,
  start INTEGER NOT NULL,
  claimant TEXT NOT NULL,
  about TEXT NOT NULL,
  kind TEXT NOT NULL,
  color TEXT NOT NULL,
  reliability TEXT,
  credibility TEXT,
  made_on TEXT,
  claim_day TEXT,
  title TEXT NOT NULL,
  article_id TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS highlights_by_article ON highlights (article_rowid);
CREATE INDEX IF NOT EXISTS highlights_by_claim ON highlights (claim_day IS NULL, claim_day DESC, title, article_id, start, claimant, color);
CREATE TABLE IF NOT EXISTS highlight_tags (highlight_rowid INTEGER NOT NULL, tag TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS highlight_tags_by_tag ON highlight_tags (tag);
CREATE INDEX IF NOT EXISTS highlight_tags_by_highlight ON highlight_tags (highlight_rowid);
CREATE VIRTUAL TABLE IF NOT EXISTS highlight_text USING fts5(quote, note, tags, claimant, claim, ${FTS_OPTIONS});
`;

/**
 * bm25 column weights, stored as each table's default rank so `ORDER BY rank` (which FTS5
 * optimises) applies them: a word in the title counts ten times one in the body; in a highlight,
 * the quote, tags and claimant count more than the note and the claim's other fields.
 */
export const RANK_SETTINGS = `
INSERT INTO article_text (article_text, rank) VALUES ('rank', 'bm25(10.0, 1.0)');
INSERT INTO highlight_text (highlight_text, rank) VALUES ('rank', 'bm25(4.0, 2.0, 3.0, 3.0, 2.0)');
`;
