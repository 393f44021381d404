import type { ArticleSummary } from '../model/article.js';

/*
 * Characters Windows forbids in file names and the path separators of every platform, plus the
 * characters Obsidian cannot have in a [[wiki link]] target (# ^ [ ] |) and those that start
 * Markdown inline structure (` * _ ~ = $), so a link to the file reads as plain text everywhere.
 */
const FORBIDDEN = /[<>:"/\\|?*#^[\]`_~=$\u0000-\u001f\u007f]/g;
// "&amp;" in a link would be decoded by a Markdown renderer.
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]{1,31};)/g;
// Device names Windows reserves whatever the extension ("CON.md" cannot be created).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/**
 * Longest stem: 100 characters reads well in a file list and leaves room for a " (1a2b3c4d)"
 * clash suffix within ~120; 200 UTF-8 bytes keeps any script well under the 255-byte limit.
 */
const MAX_STEM_CHARACTERS = 100;
const MAX_STEM_BYTES = 200;

/** A file name for an article's Markdown export, from its title, safe on Windows, macOS and Linux. */
export function markdownFileName(article: Pick<ArticleSummary, 'title'>): string {
  let stem = article.title
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(ENTITY_LIKE, '+')
    .replace(/\s+/g, ' ')
    .trim()
    // Leading dots hide files on Unix; trailing dots and spaces are dropped by Windows.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  stem = truncate(stem).replace(/[.\s]+$/g, '');
  if (stem.length === 0) stem = 'Untitled article';
  if (WINDOWS_RESERVED.test(stem)) stem = `${stem} article`;
  return `${stem}.md`;
}

function truncate(text: string): string {
  let bytes = 0;
  let characters = 0;
  let result = '';
  // Iterating by code point never splits a surrogate pair.
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    const size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    if (bytes + size > MAX_STEM_BYTES || characters === MAX_STEM_CHARACTERS) break;
    bytes += size;
    characters += 1;
    result += character;
  }
  return result;
}
