const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/**
 * A link target that is safe to keep: http(s) or mailto, resolved against the page's address when
 * relative; null for anything else (javascript:, data:, file:, in-page anchors, unresolvable).
 */
export function safeLinkHref(href: string, baseUrl: string | null): string | null {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  let url: URL;
  try {
    url = baseUrl === null ? new URL(trimmed) : new URL(trimmed, baseUrl);
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
}
