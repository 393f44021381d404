import type { LibraryIndexEntry } from '../store/library-index-schema.js';

/** What a new import is recognised by: the addresses it was fetched from or names, and its bytes' hash. */
export interface ImportIdentity {
  urls: ReadonlyArray<string | null | undefined>;
  originalSha256: string | null | undefined;
}

/**
 * The article a new import repeats: the same original bytes, or the same http(s) address (as its
 * url or its canonical URL, ignoring the #fragment). When several match, the latest imported
 * wins: it is the one the user most likely means to update. null when the import is new.
 */
export function findDuplicateEntry(entries: Iterable<LibraryIndexEntry>, identity: ImportIdentity): LibraryIndexEntry | null {
  const urls = new Set(identity.urls.map(comparableUrl).filter((url): url is string => url !== null));
  let found: LibraryIndexEntry | null = null;
  for (const entry of entries) {
    const sameBytes = identity.originalSha256 != null && entry.originalSha256 === identity.originalSha256;
    const sameUrl = [entry.url, entry.canonicalUrl].some((url) => {
      const comparable = comparableUrl(url);
      return comparable !== null && urls.has(comparable);
    });
    if ((sameBytes || sameUrl) && (found === null || entry.importedAt >= found.importedAt)) found = entry;
  }
  return found;
}

/** An http(s) address in one spelling (URL's own normalisation, without the fragment); null for anything else. */
function comparableUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}
