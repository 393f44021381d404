/**
 * Windows-1252's bytes 0x80-0x9F (the rest is Latin-1). Node 20.18.3+ decodes "windows-1252" as
 * Latin-1, turning these into C1 controls (nodejs/node#60888), so we map them ourselves.
 * The five bytes Windows-1252 leaves undefined map to themselves, as the Encoding Standard says.
 */
const HIGH_CONTROLS =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252 bytes (what browsers use for "latin1", "iso-8859-1" and undeclared pages). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let offset = 0; offset < bytes.length; offset += 8192) {
    const codes = Array.from(bytes.subarray(offset, offset + 8192), (byte) => (byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROLS.charCodeAt(byte - 0x80) : byte));
    text += String.fromCharCode(...codes);
  }
  return text;
}
