import { z } from 'zod';
import type { Article, ArticleSummary } from '../model/article.js';
import { FIXED_HIGHLIGHT_FIELDS, highlightSchema, highlightTargetSchema, type Highlight } from '../model/highlight.js';
import { claimFieldsSchema } from '../model/claim.js';
import { gradingSchema } from '../model/grading.js';
import { highlightLinkSchema, highlightRefSchema, LINK_RELATIONS } from '../model/highlight-link.js';
import type { ClaimSuggestion } from '../model/claim-suggestion.js';
import type { Tag } from '../model/tag.js';
import { API_METHODS, type ApiMethod } from './api-methods.js';
import type { HighlightLink } from '../model/highlight-link.js';
import type { SavedFilter } from '../model/highlight-filter.js';
import type { SearchHit } from '../model/search-hit.js';
import type { LibrarySettings } from '../model/library-settings.js';
import { docNodeArgument } from './doc-node-argument.js';
import { HIGHLIGHT_LIMITS } from '../model/highlight-limits.js';
import { EXPORT_FORMATS, type ExportedFile } from '../model/export-format.js';
import { IMPORT_FORMATS } from '../model/import-format.js';
import type { ExportProgress } from '../model/export-progress.js';
import type { CaptureActivity, ClipperPairingOffer } from '../model/capture-activity.js';
import type { VerifyReport } from '../model/verify-report.js';
import type { CaptureChanges } from '../model/capture-changes.js';
import type { DeletedTeamHighlight, TeamAuthorship, TeamStatus } from '../model/team-status.js';

// The method names live in a zod-free module (for the Electron preload); re-exported for everyone else.
export { API_METHODS, type ApiMethod };

/**
 * The one API contract: every call the UI may make, with its argument schema and result type.
 * Arguments and results are plain JSON. Electron's IPC and the web shell's HTTP routes are both
 * derived from `API_ARGUMENT_SCHEMAS`; the service in core/library implements `ResearchNotesApi`.
 */

const id = z.string().min(1).max(200);
const tagName = z.string().trim().min(1).max(HIGHLIGHT_LIMITS.tagLength);
const tags = z.array(tagName).max(HIGHLIGHT_LIMITS.tags);
const claimant = z.string().max(HIGHLIGHT_LIMITS.claimantLength);
const note = z.string().max(HIGHLIGHT_LIMITS.noteLength);
const color = z.string().max(HIGHLIGHT_LIMITS.colorLength);

// The shapes come from core/model; the contract only adds the limits a call must keep.

/** Selectors over an article's text; `longestQuote` bounds the quoted text. */
const targetSchema = (longestQuote: number) =>
  highlightTargetSchema.extend({
    quote: highlightTargetSchema.shape.quote.extend({ exact: z.string().min(1).max(longestQuote), prefix: z.string().max(1_000), suffix: z.string().max(1_000) }),
  });
const target = targetSchema(100_000);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const grading = gradingSchema;
const claimFields = claimFieldsSchema.extend({
  claimantRole: z.string().max(500),
  about: z.string().max(500),
  kind: z.string().max(100),
  madeOn: isoDate.nullable(),
});
const highlightRef = highlightRefSchema.extend({ articleId: id, highlightId: id });
const linkRelation = z.enum(LINK_RELATIONS);

/** What an edit may set: every field of a highlight but the fixed ones, within the limits. */
const highlightFields = highlightSchema.omit(FIXED_HIGHLIGHT_FIELDS).extend({
  claimant,
  tags,
  note,
  color,
  claim: claimFields.partial(),
  grading: grading.nullable(),
  noteDoc: docNodeArgument.nullable(),
});

const highlightFilter = z.object({
  claimant: z.string().max(500).optional(),
  tags: z.array(tagName).max(50).optional(),
  about: z.string().max(500).optional(),
  kind: z.string().max(100).optional(),
  color: z.string().max(50).optional(),
  minGrading: grading.optional(),
  articleId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/**
 * A whole highlight, as an undo of its deletion gives it back: it takes every highlight the
 * library can hold, also one stored before today's limits held (restoreHighlight then takes it
 * only when it is exactly one deleted lately), and a quote a re-import moved, which is only
 * bounded by the article's text. The bounds here only keep the call's size sane.
 */
const storedHighlight = highlightSchema.extend({
  id,
  articleId: id,
  target: targetSchema(60_000_000),
  claimant,
  tags: z.array(z.string().trim().min(1).max(10_000)).max(10_000),
  note: z.string().max(60_000_000),
  color,
  claim: claimFields.optional(),
  grading: grading.nullable().optional(),
  links: z.array(highlightLinkSchema.extend({ id, other: highlightRef, createdAt: z.string().max(100) })).max(100_000).optional(),
  noteDoc: docNodeArgument.nullable().optional(),
  createdAt: z.string().max(100),
  updatedAt: z.string().max(100),
});

export const API_ARGUMENT_SCHEMAS = {
  /** Where the library lives and what the store recovered when it opened. */
  getLibraryInfo: z.object({}),
  /** Summaries sorted (default: newest import first) and filtered; every given filter must match. */
  listArticles: z.object({
    sort: z.enum(['imported', 'published', 'title']).optional(),
    tag: tagName.optional(),
    claimant: z.string().max(500).optional(),
    source: z.string().max(500).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  }),
  getArticle: z.object({ id }),
  /**
   * Imports pasted text or HTML (`content`), a chosen file (`fileBase64` with its `fileName`), or
   * a page the Node side fetches (`url`). `format` overrides detection from the file name or content.
   * When the library already holds the same URL (url or canonical URL) or the same original bytes,
   * `ifDuplicate` decides: 'ask' (default) fails with IMPORT_DUPLICATE naming the existing article
   * as `"Title" (id ID)`; 'update' replaces that article's text and metadata in place, keeping its
   * id and re-anchoring its highlights (those that cannot be placed are kept, flagged orphaned);
   * 'keep-both' imports it as a new article. `importId`, an id the caller makes up, lets
   * cancelImport stop this import while it runs.
   */
  importArticle: z.object({
    importId: id.optional(),
    content: z.string().max(60_000_000).optional(),
    fileBase64: z.string().max(80_000_000).optional(),
    fileName: z.string().max(500).optional(),
    sourceUrl: z.string().max(4_000).optional(),
    /** An http(s) address for the Node side to fetch and import (when there is no content or file). */
    url: z.string().max(4_000).optional(),
    format: z.enum(['auto', ...IMPORT_FORMATS]).optional(),
    ifDuplicate: z.enum(['ask', 'update', 'keep-both']).optional(),
  }),
  /**
   * Stops the import started with this `importId`: its worker is ended and nothing is stored; the
   * importArticle call fails with IMPORT_CANCELLED. `cancelled` is false when no such import is
   * under way (it has finished, or not started yet: then it is refused when it arrives).
   */
  cancelImport: z.object({ importId: id }),
  deleteArticle: z.object({ id }),
  createHighlight: z.object({ articleId: id, target }).merge(highlightFields.partial()),
  updateHighlight: z.object({ articleId: id, id, patch: highlightFields.partial() }),
  deleteHighlight: z.object({ articleId: id, id }),
  /** Tags whose name starts with `prefix` (case-insensitive), most used first. */
  listTags: z.object({ prefix: z.string().max(200).optional(), limit: z.number().int().positive().max(1000).optional() }),

  /** The user's colour legend and list of claim kinds. */
  getSettings: z.object({}),
  updateSettings: z.object({
    colorLegend: z.array(z.object({ color: z.string().min(1).max(50), meaning: z.string().max(200) })).max(20).optional(),
    claimKinds: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
    /** Most pages a PDF may have to be imported. */
    maxPdfPages: z.number().int().min(1).max(1_000_000).optional(),
    /** Recorded with every import and custody log entry from now on. */
    operatorName: z.string().max(200).optional(),
    /** Whether the team sync sends this library's originals and archived pages (received ones are kept either way). */
    shareFilesWithTeam: z.boolean().optional(),
  }),
  /** Corrects an article's metadata after import. */
  updateArticleMetadata: z.object({
    articleId: id,
    patch: z.object({
      title: z.string().trim().min(1).max(1_000),
      byline: z.string().max(1_000).nullable(),
      siteName: z.string().max(1_000).nullable(),
      url: z.string().max(4_000).nullable(),
      publishedTime: z.string().max(100).nullable(),
      lang: z.string().max(50).nullable(),
    }).partial(),
  }),
  /** The tags of the article itself (not of its highlights), replacing the ones it had; written as the library already writes each tag. */
  setArticleTags: z.object({ articleId: id, tags: z.array(tagName).max(200) }),
  /** Remembers where the reader is in an article: the canonical-text offset at the top of the view. */
  setReadingPosition: z.object({ articleId: id, offset: z.number().int().nonnegative().max(100_000_000) }),
  /** The article's free memo (rich text); null clears it. */
  updateArticleMemo: z.object({ articleId: id, memo: docNodeArgument.nullable() }),
  /** Puts back a deleted highlight exactly as it was (undo of deleteHighlight). */
  restoreHighlight: z.object({ highlight: storedHighlight }),
  /** Links two highlights (possibly in two articles); the link is shown at both ends. */
  linkHighlights: z.object({ from: highlightRef, to: highlightRef, relation: linkRelation }),
  /** Removes a link from both of its ends. */
  unlinkHighlights: z.object({ articleId: id, highlightId: id, linkId: id }),
  /** Claimants used so far whose name starts with `prefix`, most used first (autocomplete). */
  listClaimants: z.object({ prefix: z.string().max(500).optional(), limit: z.number().int().positive().max(1000).optional() }),
  /** Renames a tag everywhere (with its children: "Actors" renames "Actors/CSTO" too). */
  renameTag: z.object({ from: tagName, to: tagName }),
  /** Replaces each source tag by `into` everywhere. */
  mergeTags: z.object({ sources: z.array(tagName).min(1).max(200), into: tagName }),
  /** Removes a tag (and its children) from every highlight. */
  deleteTag: z.object({ name: tagName }),
  /** Sets or clears a tag's colour. */
  setTagColor: z.object({ name: tagName, color: z.string().max(50).nullable() }),
  /** Adds and removes tags on many highlights at once, all or nothing. */
  tagHighlights: z.object({ refs: z.array(highlightRef).min(1).max(10_000), add: tags, remove: tags }),
  /** Sets the tags of many highlights at once, all or nothing (the undo of the tag operations). */
  setHighlightTags: z.object({ changes: z.array(highlightRef.extend({ tags })).min(1).max(100_000) }),
  /** The claims view: highlights across the library matching a filter, with their articles. */
  queryHighlights: z.object({ filter: highlightFilter, limit: z.number().int().positive().max(10_000).optional(), offset: z.number().int().nonnegative().optional() }),
  listSavedFilters: z.object({}),
  /** Saves a filter under a name (a new one without `id`, else replaces it). */
  saveFilter: z.object({ id: id.optional(), name: z.string().trim().min(1).max(200), filter: highlightFilter }),
  deleteSavedFilter: z.object({ id }),
  /**
   * Full-text search over article text, highlight quotes, notes, tags and claimants: ranked,
   * with snippets, prefix matching and diacritics folded.
   */
  search: z.object({ query: z.string().max(1_000), limit: z.number().int().positive().max(500).optional() }),
  /**
   * One export file (core/export/build-export-file.ts): `md` of an article or of a tag's or a
   * claimant's highlights, `json` backup, `jsonld` Web Annotations or `csv`, of one article or the
   * library, highlights filtered by tag and claimant or by a saved filter. The whole library as a Markdown folder is
   * exportMarkdownFolder's.
   */
  exportLibrary: z.object({
    format: z.enum(EXPORT_FORMATS),
    articleId: id.optional(),
    tag: tagName.optional(),
    claimant: z.string().max(500).optional(),
    /** The name of a saved claims filter: only its highlights (md, jsonld or csv; not with articleId, tag or claimant). */
    savedFilter: z.string().trim().min(1).max(200).optional(),
    /** A claims filter, as the claims view shows it: only its highlights (md, jsonld or csv; alone). */
    claimsFilter: highlightFilter.optional(),
    /** The block of one highlight in Markdown (placeholders as in core/export/highlight-template.ts). */
    template: z.string().max(20_000).optional(),
  }),
  /**
   * Writes the whole library into a folder of Markdown notes for Obsidian (one per article and
   * index.md; core/export-files/export-markdown-folder.ts), as `research-notes export --format md
   * --out DIR` does; resolves when it is done, with what was written. One at a time per library.
   */
  exportMarkdownFolder: z.object({ folder: z.string().trim().min(1).max(4_000), template: z.string().max(20_000).optional() }),
  /** How far the Markdown folder export under way has got (articles done of the total); null when none runs. */
  folderExportProgress: z.object({}),
  /** Stops the Markdown folder export under way before its next article (it then fails with CANCELLED). */
  cancelFolderExport: z.object({}),
  /**
   * The claim finder's suggestions for an article (core/claims), stored with it: recomputed first
   * when the finder's version or the text changed; without those dismissed or already highlighted.
   */
  listClaimSuggestions: z.object({ articleId: id }),
  /** Makes a suggestion a highlight: its span, claimant, role and quote kind (direct or paraphrase). */
  acceptClaimSuggestion: z.object({ articleId: id, suggestionId: id, color: z.string().max(50).optional() }),
  /** Hides a suggestion for good (remembered by its text, so recomputing does not bring it back). */
  dismissClaimSuggestion: z.object({ articleId: id, suggestionId: id }),
  /**
   * A new six-digit code for pairing a browser clipper (good for 5 minutes and 5 tries; it
   * replaces any earlier one), with the port on 127.0.0.1 the app listens for the clipper on.
   */
  startClipperPairing: z.object({}),
  /** The pages browser clippers sent lately, newest first: importing, imported (with the article), or failed. */
  listCaptures: z.object({}),
  /** Re-hashes one article's kept page or original and canonical text against what it records and what the custody log says (the whole log's chain too), as `research-notes verify` does. */
  verifyArticle: z.object({ id }),
  /** An article's captures, and what its latest capture changed: a word diff against the one before and each earlier highlight's fate (kept, moved, changed, gone); null when it was captured once. */
  articleChanges: z.object({ id }),
  /** The team library this library syncs with (none, or its address, account, last sync, error and conflicts). */
  getTeamStatus: z.object({}),
  /**
   * Joins a team library (a CouchDB database: its URL, an account and its password): checks the
   * account there, remembers the team, and syncs in the background from then on. TEAM_UNREACHABLE
   * or TEAM_REFUSED when the server cannot be reached or refuses the account; nothing is kept then.
   */
  joinTeam: z.object({ url: z.string().url().max(2_000), username: z.string().min(1).max(200), password: z.string().min(1).max(1_000) }),
  /** Gives the password again for the team already joined (the web shell keeps it only in memory). */
  signInToTeam: z.object({ password: z.string().min(1).max(1_000) }),
  /** Stops syncing with the team and forgets its password; every article and highlight stays in this library. */
  leaveTeam: z.object({}),
  /** Syncs with the team now (the background sync also runs every minute or so); resolves when it ends, with the status. */
  syncTeamNow: z.object({}),
  /** Resolves a conflict by keeping one version (by revision): the others are deleted on every side once it syncs. */
  /**
   * Keeps one version of a team document in conflict. For a highlight, `merge` takes fields from
   * the other versions on top of the kept one (a field set to null is removed), as one new version.
   */
  resolveTeamConflict: z.object({ documentId: z.string().min(1).max(500), rev: z.string().min(1).max(200), merge: highlightFields.partial().optional() }),
  /** Who made and last changed each of an article's highlights in the team library, by highlight id (empty without a team). */
  teamAuthorship: z.object({ articleId: id }),
  /** The article's highlights deleted in the team library and not here now, each as it was last (restoreHighlight puts one back). */
  listDeletedTeamHighlights: z.object({ articleId: id }),
  // `satisfies` fails the typecheck when a method has no schema here, or a schema no name in api-methods.ts.
} as const satisfies Record<ApiMethod, z.ZodType>;

export type ApiArguments<M extends ApiMethod> = z.infer<(typeof API_ARGUMENT_SCHEMAS)[M]>;

/** What the library looks like from the outside. */
export interface LibraryInfo {
  path: string;
  articleCount: number;
  /** Things the store repaired when it opened (a damaged file restored from its backup, ...). */
  notices: string[];
  /** The library could not be written here and is open for reading only (every change is refused). */
  readOnly?: boolean;
}

/** An article with its highlights, as the article view needs it. */
export interface ArticleWithHighlights {
  article: Article;
  highlights: Highlight[];
}

/** What a tag operation changed, so that it can be undone with setHighlightTags. */
export interface TagChange {
  changed: { articleId: string; highlightId: string; tagsBefore: string[] }[];
}

/** What a Markdown folder export wrote (core/export-files MarkdownFolderResult). */
export interface MarkdownFolderSummary {
  /** The folder, as an absolute path. */
  folder: string;
  /** Notes written (new or changed), index.md included. */
  written: number;
  /** Notes already up to date, left as they were. */
  unchanged: number;
  /** Notes moved to a new name because their article's title changed. */
  renamed: number;
  /** Articles exported. */
  articles: number;
}

/** A page of the claims view. */
export interface HighlightQueryResult {
  total: number;
  items: { highlight: Highlight; article: ArticleSummary }[];
}

export interface ApiResults {
  getLibraryInfo: LibraryInfo;
  listArticles: ArticleSummary[];
  getArticle: ArticleWithHighlights;
  importArticle: ArticleSummary;
  cancelImport: { cancelled: boolean };
  deleteArticle: null;
  createHighlight: Highlight;
  updateHighlight: Highlight;
  deleteHighlight: null;
  listTags: Tag[];
  getSettings: LibrarySettings;
  updateSettings: LibrarySettings;
  updateArticleMetadata: ArticleSummary;
  updateArticleMemo: null;
  setArticleTags: ArticleSummary;
  setReadingPosition: null;
  restoreHighlight: Highlight;
  linkHighlights: HighlightLink;
  unlinkHighlights: null;
  listClaimants: { name: string; count: number }[];
  renameTag: TagChange;
  mergeTags: TagChange;
  deleteTag: TagChange;
  setTagColor: null;
  tagHighlights: TagChange;
  setHighlightTags: null;
  queryHighlights: HighlightQueryResult;
  listSavedFilters: SavedFilter[];
  saveFilter: SavedFilter;
  deleteSavedFilter: null;
  search: SearchHit[];
  exportLibrary: ExportedFile;
  exportMarkdownFolder: MarkdownFolderSummary;
  folderExportProgress: ExportProgress | null;
  cancelFolderExport: null;
  listClaimSuggestions: ClaimSuggestion[];
  acceptClaimSuggestion: Highlight;
  dismissClaimSuggestion: null;
  startClipperPairing: ClipperPairingOffer;
  listCaptures: CaptureActivity[];
  verifyArticle: VerifyReport;
  articleChanges: CaptureChanges | null;
  getTeamStatus: TeamStatus;
  joinTeam: TeamStatus;
  signInToTeam: TeamStatus;
  leaveTeam: TeamStatus;
  syncTeamNow: TeamStatus;
  resolveTeamConflict: TeamStatus;
  teamAuthorship: Record<string, TeamAuthorship>;
  listDeletedTeamHighlights: DeletedTeamHighlight[];
}

/** The API as the UI sees it: one async function per method. */
export type ResearchNotesApi = {
  [M in ApiMethod]: (args: ApiArguments<M>) => Promise<ApiResults[M]>;
};

/** Whether a string names a method of the contract. */
export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API_ARGUMENT_SCHEMAS, name);
}
