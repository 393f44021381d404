/** Stable error codes the UI and the command line can switch on. */
export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'IMPORT_EMPTY',
  'IMPORT_UNSUPPORTED',
  'IMPORT_FAILED',
  /** A PDF (or other file) that needs a password to be read. */
  'IMPORT_ENCRYPTED',
  /** A URL that could not be fetched: refused, timed out, not found, redirected too often. */
  'IMPORT_NETWORK',
  /** A source beyond the importer's limits (50 MB fetched or of text, 20 MB of HTML or Markdown, nesting and element counts, PDF pages, inflated Word parts, time); the message names the limit. */
  'IMPORT_TOO_LARGE',
  /** The user cancelled the import. */
  'IMPORT_CANCELLED',
  /** The library already holds this URL or these bytes; the message names the article as `"Title" (id ID)`. */
  'IMPORT_DUPLICATE',
  /** The web shell's session token is no longer valid: it was stopped or restarted; the new one has a new address. */
  'SESSION_ENDED',
  'LIBRARY_LOCKED',
  /** A call arrived after the library was closed (the app is quitting or switched library). */
  'LIBRARY_CLOSED',
  /** The Electron shell refused a call from a page that is not the app's own window. */
  'IPC_SENDER_REFUSED',
  /** This process's lock of the library was removed or taken by another program: it stopped writing. */
  'LIBRARY_LOCK_LOST',
  /** The library cannot be written here (a read-only folder or disk): it is open for reading only. */
  'LIBRARY_READ_ONLY',
  'LIBRARY_DAMAGED',
  'STORAGE_FAILED',
  'CANCELLED',
  /** A browser clipper that is not paired, or gave a wrong or expired pairing code. */
  'PAIRING_REFUSED',
  /** The team library's server could not be reached (offline, wrong address): nothing local is lost, sync again later. */
  'TEAM_UNREACHABLE',
  /** The team library's server refused the account or a change (a wrong password, a reader's account). */
  'TEAM_REFUSED',
  /** The app could not reach its own library: the window's bridge or the local server failed. */
  'INTERNAL',
  /** A defect in Research Notes itself (a broken invariant, something thrown that no one expected), not a problem with the input. */
  'BUG',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The article an error is about, for a UI that asks what to do with it (IMPORT_DUPLICATE: the one already in the library). */
export interface ErrorArticle {
  id: string;
  title: string;
}

/** An error as it crosses a process boundary: plain JSON. */
export interface ApiErrorData {
  code: ErrorCode;
  message: string;
  /** Present when the error is about one article the UI can name and open. */
  article?: ErrorArticle;
}

/** An application error a person must see: a stable code and a message that says what to do. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  /** The article the error is about, when there is one (the message names it for the command line). */
  readonly article: ErrorArticle | undefined;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; article?: ErrorArticle }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ApiError';
    this.code = code;
    this.article = options?.article;
  }

  toJSON(): ApiErrorData {
    return this.article ? { code: this.code, message: this.message, article: { id: this.article.id, title: this.article.title } } : { code: this.code, message: this.message };
  }

  /** Rebuilds an error received as data, checking that the code is one we know. */
  static fromData(data: unknown): ApiError {
    const candidate = data as Partial<ApiErrorData> | null;
    const code = ERROR_CODES.includes(candidate?.code as ErrorCode) ? (candidate!.code as ErrorCode) : 'INTERNAL';
    const message = typeof candidate?.message === 'string' ? candidate.message : 'Unexpected error.';
    const article = candidate?.article;
    const isArticle = typeof article === 'object' && article !== null && typeof article.id === 'string' && typeof article.title === 'string';
    return new ApiError(code, message, isArticle ? { article: { id: article.id, title: article.title } } : undefined);
  }
}

/**
 * A defect in Research Notes, thrown where an invariant breaks: it is not an application error
 * (no user action causes or fixes it), so it carries no code of its own and reaches the UI as BUG.
 */
export class BugError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BugError';
  }
}

/** What anything thrown says: an Error's message, else the thrown value as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Turns anything thrown into error data: application errors keep their code; anything else is a bug. */
export function toApiErrorData(error: unknown): ApiErrorData {
  if (error instanceof ApiError) return error.toJSON();
  const message = messageOf(error);
  return { code: 'BUG', message: `Research Notes hit a bug (please report it): ${message}` };
}
