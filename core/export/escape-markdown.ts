/*
 * Characters escaped wherever they occur: they start inline structure (emphasis, code spans,
 * links and Obsidian wiki links, raw HTML, strikethrough, table cells, Obsidian tags, highlights,
 * math, and Obsidian comments: "%%" hides everything up to the next "%%", so every "%" is escaped,
 * also one that would meet another at the edge of a neighbouring run of text). Backslash escapes
 * work for any ASCII punctuation in CommonMark.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>#|~=$%]/g;
// Characters that only start structure at the beginning of a line (lists, thematic breaks,
// setext underlines). Escaping them only there keeps hyphenated words and "Hello!" readable.
const LINE_START_SPECIAL = /^([-+!])/;
// "2022. The year" or "1) first" at the start of a line would become an ordered list.
const LINE_START_ORDERED = /^(\d{1,9})([.)])/;
// An HTML entity ("&amp;", "&#42;") would be decoded by the renderer: escape its ampersand.
const ENTITY_LIKE = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;
// Controls other than tab and newline have no meaning in Markdown; NUL becomes U+FFFD anyway.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

// Whether any of the rules below could change the text: a special or control character, a carriage
// return, an ampersand, whitespace at a line's edge, or a line starting with "-", "+", "!" or a digit.
const NEEDS_ESCAPING = /[\\`*_[\]<>#|~=$%&\r\u0000-\u0008\u000b-\u001f\u007f]|^[\s\-+!\d]|\s$|\n[\s\-+!\d]|\s\n/;

/**
 * Escapes plain text so that Markdown renders it as the same text, line by line: nothing in it
 * can start a heading, list, quote, code block, table, link, emphasis or HTML. Line breaks are
 * kept as "\n"; callers lay the lines out. Leading indentation is dropped (it would make a code
 * block, and rendered Markdown collapses it anyway), as is trailing whitespace (a hard break).
 */
export function escapeMarkdown(text: string): string {
  // Most runs of text need nothing: one scan answers that, and exports escape a great many runs.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(CONTROL, '')
        .trim()
        .replace(INLINE_SPECIAL, '\\$&')
        .replace(ENTITY_LIKE, '\\&')
        .replace(LINE_START_SPECIAL, '\\$1')
        .replace(LINE_START_ORDERED, '$1\\$2'),
    )
    .join('\n');
}
