import type { ArticleSummary } from '../model/article.js';
import { highlightBlockId } from './highlight-block-id.js';
import { markdownFileName } from './markdown-file-name.js';

/** The names an export folder already uses that are not the given article's note (user files, other notes). */
export type IsNameTaken = (fileName: string, articleId: string) => boolean;

/**
 * A file name for each article's note in an export folder, unique even on case-insensitive file
 * systems (Windows, macOS): the earliest imported article keeps the plain title; a later one
 * with the same name gets its short id appended (" (1a2b3c4d)"), so adding an article never
 * renames an existing note. Names in `isTaken` (a user's own file) are never reused.
 */
export function planMarkdownFileNames(articles: readonly ArticleSummary[], isTaken: IsNameTaken = () => false): Map<string, string> {
  const byAge = [...articles].sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
  const used = new Set<string>(['index.md']);
  const names = new Map<string, string>();
  for (const article of byAge) {
    const plain = markdownFileName(article);
    const stem = plain.slice(0, -'.md'.length);
    const short = highlightBlockId(article.id).slice('h-'.length);
    const candidates = [plain, `${stem} (${short}).md`, `${stem} (${article.id}).md`];
    const name = candidates.find((candidate) => !used.has(fileKey(candidate)) && !isTaken(candidate, article.id));
    // The full id is unique in the library, so only a user's file of that exact name gets here.
    const chosen = name ?? `${stem} (${article.id}) 2.md`;
    used.add(fileKey(chosen));
    names.set(article.id, chosen);
  }
  return names;
}

/** How a case-insensitive, normalising file system (APFS, NTFS) compares names. */
function fileKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
