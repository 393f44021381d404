import PouchDB from 'pouchdb-node';
import { messageOf } from '../api/api-error.js';
import type { Article } from '../model/article.js';
import { articleDocumentId, parseDocumentId } from './team-document.js';

/**
 * Originals and archived pages travel as CouchDB attachments, each on a document of its own
 * (`file:<articleId>:<sha256>`), never on the article's: a file is written once and never changed,
 * so sharing it cannot conflict with an edit of the article's metadata, and the documents of
 * articles and highlights replicate in big batches without megabytes of files among them.
 */
const FILE = 'file:';
/** The attachment's name on a file document. */
const CONTENT = 'content';
/** File documents per replication request: a few megabytes each at most, not hundreds. */
const FILE_REPLICATION_BATCH = 10;
/** How much of files one write to the copy holds before it is sent (a batch always takes one). */
const RECORD_BYTES = 32 * 1024 * 1024;

export function fileDocumentId(articleId: string, sha256: string): string {
  return `${FILE}${articleId}:${sha256}`;
}

export function isFileDocumentId(id: string): boolean {
  return id.startsWith(FILE);
}

function parseFileDocumentId(id: string): { articleId: string; sha256: string } | null {
  const match = /^file:([^:]+):([0-9a-f]{64})$/.exec(id);
  return match ? { articleId: match[1]!, sha256: match[2]! } : null;
}

/** A file an article keeps on this computer, as the team shares it. */
export interface KeptTeamFile {
  articleId: string;
  sha256: string;
  /** Relative to the library folder. */
  path: string;
  mediaType: string;
  fileName: string;
}

/** An article's file recorded by its SHA-256 that this computer does not keep. */
export interface MissingTeamFile {
  articleId: string;
  sha256: string;
}

/** The article's kept files (its original, its earlier captures' pages), each once, and the ones it records but lacks. */
export function teamFilesOf(article: Article): { kept: KeptTeamFile[]; missing: MissingTeamFile[] } {
  const kept = new Map<string, KeptTeamFile>();
  const missing = new Map<string, MissingTeamFile>();
  const slots = [
    { sha256: article.originalSha256, path: article.originalPath, mediaType: article.mediaType },
    ...(article.previousVersions ?? []).map((version) => ({ sha256: version.originalSha256, path: version.originalPath, mediaType: undefined })),
  ];
  for (const { sha256, path, mediaType } of slots) {
    if (sha256 === undefined) continue;
    if (path === undefined) missing.set(sha256, { articleId: article.id, sha256 });
    else kept.set(sha256, { articleId: article.id, sha256, path, mediaType: mediaType ?? mediaTypeOfPath(path), fileName: article.originalFileName ?? 'original' });
  }
  for (const sha256 of kept.keys()) missing.delete(sha256);
  return { kept: [...kept.values()], missing: [...missing.values()] };
}

/** An earlier capture records no media type: its kept page's extension says it. */
function mediaTypeOfPath(path: string): string {
  const extension = /\.([a-z0-9]+)$/.exec(path)?.[1];
  return { html: 'text/html', htm: 'text/html', pdf: 'application/pdf', txt: 'text/plain', md: 'text/markdown', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }[extension ?? ''] ?? 'application/octet-stream';
}

/** What sharing files needs of the library. */
export interface TeamFileLibrary {
  readKeptFile(path: string): Promise<Uint8Array>;
  keepTeamFile(articleId: string, sha256: string, fetch: () => Promise<Uint8Array>): Promise<{ outcome: 'kept' | 'not-needed' } | { outcome: 'refused'; why: string }>;
}

/**
 * Writes to the copy a file document for each kept file the team does not have yet (when this
 * library shares its files), and a tombstone for each file of an article deleted in the team
 * (its deletion is in the copy): the server does not keep the bytes of what the team deleted.
 * A file the team has is never written again, and one whose article was re-imported stays (it is
 * evidence of what the article said before). Returns how many documents were written.
 */
export async function recordTeamFiles(copy: PouchDB.Database, library: TeamFileLibrary, kept: readonly KeptTeamFile[], share: boolean, author: string): Promise<number> {
  const { rows } = await copy.allDocs({ startkey: FILE, endkey: `${FILE}\uffff` });
  const present = new Map(rows.map((row) => [row.id, row.value!]));
  const writes: PouchDB.Doc[] = [];
  let bytes = 0;
  let written = 0;
  const flush = async (): Promise<void> => {
    if (writes.length === 0) return;
    const results = await copy.bulkDocs(writes.splice(0));
    bytes = 0;
    const failed = results.find((result) => 'error' in result);
    if (failed) throw new Error(`Could not record a file in the team copy: ${JSON.stringify(failed)}.`);
    written += results.length;
  };
  const now = new Date().toISOString();
  for (const file of share ? kept : []) {
    const id = fileDocumentId(file.articleId, file.sha256);
    const before = present.get(id);
    if (before !== undefined && before.deleted !== true) continue;
    const data = await library.readKeptFile(file.path).catch(() => null);
    // A kept file gone from the disk (a repair reports it) is simply not shared.
    if (data === null) continue;
    writes.push({
      _id: id,
      ...(before ? { _rev: before.rev } : {}),
      type: 'file',
      articleId: file.articleId,
      sha256: file.sha256,
      fileName: file.fileName,
      mediaType: file.mediaType,
      createdBy: author,
      createdAt: now,
      // Base64, not a Buffer: PouchDB's leveldb store takes the string about three times faster.
      _attachments: { [CONTENT]: { content_type: file.mediaType, data: Buffer.from(data).toString('base64') } },
    });
    bytes += data.byteLength;
    if (bytes >= RECORD_BYTES) await flush();
  }
  await flush();
  const live = rows.filter((row) => row.value?.deleted !== true);
  const articleIds = [...new Set(live.map((row) => parseFileDocumentId(row.id)?.articleId).filter((id): id is string => id !== undefined))];
  if (articleIds.length === 0) return written;
  const articles = await copy.allDocs({ keys: articleIds.map(articleDocumentId) });
  const deletedArticles = new Set(articles.rows.filter((row) => row.value?.deleted === true).map((row) => parseDocumentId(row.id)?.articleId));
  for (const row of live) {
    const named = parseFileDocumentId(row.id);
    if (named && deletedArticles.has(named.articleId)) writes.push({ _id: row.id, _rev: row.value!.rev, _deleted: true, changedBy: author, changedAt: now });
  }
  await flush();
  return written;
}

/**
 * Sends and receives file documents only, a few per request. The pull names the documents it
 * wants (the server's file documents the copy lacks, or holds at another revision), so the server
 * filters its changes itself: a filter function would have it send every document of the team
 * database to be looked at here. A file's deletion comes with its article's (recordTeamFiles).
 * `pull: false` skips the listing: a sync that brought no article and leaves no file missing
 * (most background syncs, after an edit of a highlight) has nothing to fetch.
 */
export async function replicateTeamFiles(copy: PouchDB.Database, server: PouchDB.Database, options: { pull: boolean }): Promise<{ sent: number; received: number; refused: number }> {
  const push = await PouchDB.replicate(copy, server, { batch_size: FILE_REPLICATION_BATCH, filter: (document) => isFileDocumentId(document._id) });
  if (!options.pull) return { sent: push.docs_written, received: 0, refused: push.doc_write_failures };
  const range = { startkey: FILE, endkey: `${FILE}\uffff` };
  const onServer = (await server.allDocs(range)).rows;
  const inCopy = new Map((await copy.allDocs(range)).rows.map((row) => [row.id, row.value?.rev]));
  const wanted = onServer.filter((row) => row.value !== undefined && inCopy.get(row.id) !== row.value.rev).map((row) => row.id);
  const pull = wanted.length === 0 ? { docs_written: 0 } : await PouchDB.replicate(server, copy, { batch_size: FILE_REPLICATION_BATCH, doc_ids: wanted });
  return { sent: push.docs_written, received: pull.docs_written, refused: push.doc_write_failures };
}

/**
 * Puts the team's copies of files the library lacks beside their articles: each is fetched from
 * the copy only when an article still lacks it, and kept only when its bytes hash to the SHA-256
 * the article records. Returns how many were kept, and each one refused with why.
 */
export async function keepTeamFiles(copy: PouchDB.Database, library: TeamFileLibrary, missing: readonly MissingTeamFile[]): Promise<{ kept: number; refused: Array<{ id: string; why: string }> }> {
  const result = { kept: 0, refused: [] as Array<{ id: string; why: string }> };
  if (missing.length === 0) return result;
  const ids = [...new Set(missing.map((file) => fileDocumentId(file.articleId, file.sha256)))];
  const { rows } = await copy.allDocs({ keys: ids });
  for (const row of rows) {
    const named = parseFileDocumentId(row.id);
    if (named === null || row.value === undefined || row.value.deleted === true) continue;
    try {
      const kept = await library.keepTeamFile(named.articleId, named.sha256, async () => new Uint8Array(await copy.getAttachment(row.id, CONTENT)));
      if (kept.outcome === 'kept') result.kept += 1;
      if (kept.outcome === 'refused') result.refused.push({ id: row.id, why: kept.why });
    } catch (error) {
      result.refused.push({ id: row.id, why: `its file could not be kept: ${messageOf(error)}` });
    }
  }
  return result;
}
