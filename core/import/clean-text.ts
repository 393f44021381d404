/** Whitespace collapsed as a browser shows it (U+00A0 and ideographic spaces are text); null when empty. */
export function cleanText(value: string | null | undefined): string | null {
  const cleaned = (value ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}
