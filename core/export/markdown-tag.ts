/**
 * A tag as an inline Markdown (Obsidian-style) hashtag: letters, digits, "_", "-" and "/" (kept
 * for hierarchies such as "region/caucasus"); spaces and other characters become "-". Null when
 * nothing usable is left.
 */
export function markdownTag(tag: string): string | null {
  const safe = tag
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}_/-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\/{2,}/g, '/')
    .replace(/(^|\/)-+|-+(?=\/|$)/g, '$1')
    .replace(/^\/+|\/+$/g, '');
  return safe.length === 0 ? null : `#${safe}`;
}
