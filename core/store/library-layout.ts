import path from 'node:path';
import { ApiError } from '../api/api-error.js';

/** Article ids double as file names; anything else could name a path outside the folder. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/;

/** Where each file of a library lives: `library.json` and `articles/<id>.json`. */
export class LibraryLayout {
  readonly folder: string;
  readonly indexPath: string;
  readonly articlesFolder: string;

  constructor(folder: string) {
    this.folder = path.resolve(folder);
    this.indexPath = path.join(this.folder, 'library.json');
    this.articlesFolder = path.join(this.folder, 'articles');
  }

  /** The file of one article; refuses an id that is not a plain file name. */
  articlePath(id: string): string {
    // Callers look ids up in the index first, so a bad id here is a bug, not user input.
    if (!SAFE_ID.test(id)) throw new ApiError('INTERNAL', `Refusing an unsafe article id: ${JSON.stringify(id)}.`);
    return path.join(this.articlesFolder, `${id}.json`);
  }
}
