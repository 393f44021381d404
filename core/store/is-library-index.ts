import type { LibraryIndexData } from './library-index-schema.js';

// Mirrors libraryIndexSchema exactly (is-library-index.test.ts checks the two agree). zod takes
// about 40 ms per 1,000 entries; this takes a tenth of that, which is most of opening 10,000 articles.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/;
const ENTRY_KEYS = 13;
const OPTIONAL_ENTRY_KEYS = ['claimants', 'originalSha256', 'canonicalUrl', 'articleTags'];

/**
 * Whether parsed JSON is a valid library index, checked by hand for speed. `false` means only
 * "let zod decide" (it gives the message); extra keys, which zod would strip, also answer false.
 */
export function isLibraryIndex(value: unknown): value is LibraryIndexData {
  if (!isRecord(value) || Object.keys(value).length !== 4) return false;
  const { schemaVersion, journalSeq, unsettled, articles } = value;
  if (schemaVersion !== 2 || !isCount(journalSeq, 0)) return false;
  if (!Array.isArray(unsettled) || !unsettled.every((id) => typeof id === 'string')) return false;
  return Array.isArray(articles) && articles.every(isEntry);
}

function isEntry(entry: unknown): boolean {
  if (!isRecord(entry)) return false;
  const optional = OPTIONAL_ENTRY_KEYS.filter((key) => entry[key] !== undefined).length;
  if (Object.keys(entry).length !== ENTRY_KEYS + optional) return false;
  if (entry.claimants !== undefined && !(Array.isArray(entry.claimants) && entry.claimants.every(isTagUse))) return false;
  if (entry.originalSha256 !== undefined && typeof entry.originalSha256 !== 'string') return false;
  if (entry.canonicalUrl !== undefined && typeof entry.canonicalUrl !== 'string') return false;
  if (entry.articleTags !== undefined && !(Array.isArray(entry.articleTags) && entry.articleTags.every((tag) => typeof tag === 'string' && tag.length > 0))) return false;
  return (
    typeof entry.id === 'string' &&
    SAFE_ID.test(entry.id) &&
    typeof entry.title === 'string' &&
    isNullableString(entry.byline) &&
    isNullableString(entry.siteName) &&
    isNullableString(entry.url) &&
    isNullableString(entry.publishedTime) &&
    isNullableString(entry.lang) &&
    (entry.dir === null || entry.dir === 'ltr' || entry.dir === 'rtl') &&
    typeof entry.importedAt === 'string' &&
    typeof entry.contentHash === 'string' &&
    typeof entry.source === 'string' &&
    isCount(entry.highlightCount, 0) &&
    Array.isArray(entry.tags) &&
    entry.tags.every(isTagUse)
  );
}

function isTagUse(use: unknown): boolean {
  return isRecord(use) && Object.keys(use).length === 2 && typeof use.name === 'string' && use.name.length > 0 && isCount(use.count, 1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNullableString(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

function isCount(value: unknown, minimum: number): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= minimum;
}
