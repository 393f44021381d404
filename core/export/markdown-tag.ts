/**
 * A tag's name as Obsidian reads it, without the "#": letters, digits, "_", "-" and "/" (kept for
 * hierarchies such as "region/caucasus"); spaces and other characters become "-". The one rule for
 * a tag in Markdown: the front matter lists these names and the body writes them as hashtags, so
 * Obsidian sees one tag in both places. Null when nothing usable is left.
 */
export function markdownTagName(tag: string): string | null {
  // A library has few distinct tags and exports write each many times.
  const known = TAG_NAMES.get(tag);
  if (known !== undefined) return known;
  const name = tagNameOf(tag);
  if (TAG_NAMES.size >= MAX_CACHED_TAGS) TAG_NAMES.clear();
  TAG_NAMES.set(tag, name);
  return name;
}

const TAG_NAMES = new Map<string, string | null>();
const MAX_CACHED_TAGS = 10_000;

function tagNameOf(tag: string): string | null {
  const safe = tag
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}_/-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\/{2,}/g, '/')
    .replace(/(^|\/)-+|-+(?=\/|$)/g, '$1')
    .replace(/^\/+|\/+$/g, '');
  return safe.length === 0 ? null : safe;
}

/** A tag as an inline Markdown (Obsidian-style) hashtag: "#" and its markdownTagName; null when nothing usable is left. */
export function markdownTag(tag: string): string | null {
  const name = markdownTagName(tag);
  return name === null ? null : `#${name}`;
}
