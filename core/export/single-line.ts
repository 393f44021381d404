/** Text on one line: runs of whitespace (line breaks included) become one space, ends trimmed. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
