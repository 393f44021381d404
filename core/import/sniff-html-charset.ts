// The HTML standard looks for the declaration in the first 1024 bytes.
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/i;

/** The character encoding a page declares in a <meta charset> (or http-equiv) tag near its start; null if none. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so the ASCII markup reads correctly whatever follows.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}
