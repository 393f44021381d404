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
  'LIBRARY_LOCKED',
  'LIBRARY_DAMAGED',
  'STORAGE_FAILED',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error as it crosses a process boundary: plain JSON. */
export interface ApiErrorData {
  code: ErrorCode;
  message: string;
}

/** An application error a person must see: a stable code and a message that says what to do. */
export class ApiError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApiError';
    this.code = code;
  }

  toJSON(): ApiErrorData {
    return { code: this.code, message: this.message };
  }

  /** Rebuilds an error received as data, checking that the code is one we know. */
  static fromData(data: unknown): ApiError {
    const candidate = data as Partial<ApiErrorData> | null;
    const code = ERROR_CODES.includes(candidate?.code as ErrorCode) ? (candidate!.code as ErrorCode) : 'INTERNAL';
    const message = typeof candidate?.message === 'string' ? candidate.message : 'Unexpected error.';
    return new ApiError(code, message);
  }
}

/** Turns anything thrown into error data; unexpected errors keep a generic code. */
export function toApiErrorData(error: unknown): ApiErrorData {
  if (error instanceof ApiError) return error.toJSON();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Unexpected error: ${message}` };
}
