import type { ArticleSummary } from '../model/article.js';

// Characters Windows forbids in file names, plus the path separators of every platform.
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
// Device names Windows reserves whatever the extension ("CON.md" cannot be created).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/**
 * Longest stem in UTF-8 bytes: file systems allow 255 bytes per name; leaving room for ".md" and
 * for a " (2)" a save dialog may add, 200 keeps long titles in scripts such as Armenian whole enough.
 */
const MAX_STEM_BYTES = 200;

/** A file name for an article's Markdown export, from its title, safe on Windows, macOS and Linux. */
export function markdownFileName(article: ArticleSummary): string {
  let stem = article.title
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Leading dots hide files on Unix; trailing dots and spaces are dropped by Windows.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  stem = truncateUtf8(stem, MAX_STEM_BYTES).replace(/[.\s]+$/g, '');
  if (stem.length === 0) stem = 'Untitled article';
  if (WINDOWS_RESERVED.test(stem)) stem = `${stem} article`;
  return `${stem}.md`;
}

function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let result = '';
  // Iterating by code point never splits a surrogate pair.
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    const size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) break;
    bytes += size;
    result += character;
  }
  return result;
}
