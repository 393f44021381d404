import path from 'node:path';
import { BugError } from '../api/api-error.js';

/** Article ids double as file names; anything else could name a path outside the folder. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/;
const ARTICLE_FILE = /^([A-Za-z0-9][A-Za-z0-9_-]{0,199})\.json$/;
/** A kept original's name inside originals/ (as an article file records it). */
const ORIGINAL_PATH = /^originals\/([A-Za-z0-9][A-Za-z0-9_.-]{0,250})$/;

/**
 * Where each file of a library lives: `library.json` (index), `library.journal` (index changes
 * since the index was last written), `library.repair` (a repair of the index under way), `.lock`, `articles/<id>.json`, and `backups/` (the last
 * versions of each, `backups/library.json.<n>` and `backups/articles/<id>.json.<n>`), and
 * `originals/` (each article's source file as imported, `originals/<id>-<hash>.<ext>`), and `custody.jsonl`
 * (the custody log).
 */
export class LibraryLayout {
  readonly folder: string;
  readonly indexPath: string;
  readonly journalPath: string;
  readonly lockPath: string;
  readonly repairMarkerPath: string;
  readonly articlesFolder: string;
  readonly backupsFolder: string;
  readonly articleBackupsFolder: string;
  readonly originalsFolder: string;
  /** The custody log: one hash-chained line per import, update, re-capture, correction and deletion. */
  readonly custodyPath: string;
  /** The browser clippers paired with this library (core/capture/clipper-pairings.ts). */
  readonly clippersPath: string;

  constructor(folder: string) {
    this.folder = path.resolve(folder);
    this.indexPath = path.join(this.folder, 'library.json');
    this.journalPath = path.join(this.folder, 'library.journal');
    this.lockPath = path.join(this.folder, '.lock');
    this.repairMarkerPath = path.join(this.folder, 'library.repair');
    this.articlesFolder = path.join(this.folder, 'articles');
    this.backupsFolder = path.join(this.folder, 'backups');
    this.articleBackupsFolder = path.join(this.backupsFolder, 'articles');
    this.originalsFolder = path.join(this.folder, 'originals');
    this.custodyPath = path.join(this.folder, 'custody.jsonl');
    this.clippersPath = path.join(this.folder, 'clippers.json');
  }

  /** The absolute path of a kept original from its relative path in an article file; null for anything else. */
  originalFilePath(relativePath: string): string | null {
    // The name cannot start with a dot or hold a slash, so it never leaves the folder.
    const name = ORIGINAL_PATH.exec(relativePath)?.[1];
    return name === undefined ? null : path.join(this.originalsFolder, name);
  }

  /** The file of one article; refuses an id that is not a plain file name. */
  articlePath(id: string): string {
    // Callers look ids up in the index first, so a bad id here is a bug, not user input.
    if (!SAFE_ID.test(id)) throw new BugError(`Refusing an unsafe article id: ${JSON.stringify(id)}.`);
    return path.join(this.articlesFolder, `${id}.json`);
  }

  /** The article id an entry of the articles folder holds, or null for any other file (backups, damaged copies). */
  articleIdOf(fileName: string): string | null {
    return ARTICLE_FILE.exec(fileName)?.[1] ?? null;
  }
}
