/**
 * The binary format bytes announce by their signature: "%PDF-" near the start (readers accept
 * junk before it), or a ZIP whose first entry names Word's parts; null for anything else.
 */
export function sniffBinaryFormat(bytes: Uint8Array): 'pdf' | 'docx' | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  // Word writes [Content_Types].xml first; "word/" shows in the first entries of every .docx we know.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const early = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024));
    if (early.includes('word/')) return 'docx';
  }
  return null;
}
