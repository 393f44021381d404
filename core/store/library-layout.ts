import path from 'node:path';
import { ApiError } from '../api/api-error.js';

/** Article ids double as file names; anything else could name a path outside the folder. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/;
const ARTICLE_FILE = /^([A-Za-z0-9][A-Za-z0-9_-]{0,199})\.json$/;

/**
 * Where each file of a library lives: `library.json` (index), `library.journal` (index changes
 * since the index was last written), `.lock`, `articles/<id>.json`, and `backups/` (the last
 * versions of each, `backups/library.json.<n>` and `backups/articles/<id>.json.<n>`).
 */
export class LibraryLayout {
  readonly folder: string;
  readonly indexPath: string;
  readonly journalPath: string;
  readonly lockPath: string;
  readonly articlesFolder: string;
  readonly backupsFolder: string;
  readonly articleBackupsFolder: string;

  constructor(folder: string) {
    this.folder = path.resolve(folder);
    this.indexPath = path.join(this.folder, 'library.json');
    this.journalPath = path.join(this.folder, 'library.journal');
    this.lockPath = path.join(this.folder, '.lock');
    this.articlesFolder = path.join(this.folder, 'articles');
    this.backupsFolder = path.join(this.folder, 'backups');
    this.articleBackupsFolder = path.join(this.backupsFolder, 'articles');
  }

  /** The file of one article; refuses an id that is not a plain file name. */
  articlePath(id: string): string {
    // Callers look ids up in the index first, so a bad id here is a bug, not user input.
    if (!SAFE_ID.test(id)) throw new ApiError('INTERNAL', `Refusing an unsafe article id: ${JSON.stringify(id)}.`);
    return path.join(this.articlesFolder, `${id}.json`);
  }

  /** The article id an entry of the articles folder holds, or null for any other file (backups, damaged copies). */
  articleIdOf(fileName: string): string | null {
    return ARTICLE_FILE.exec(fileName)?.[1] ?? null;
  }
}
