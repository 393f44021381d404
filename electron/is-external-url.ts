/**
 * Whether a URL may be handed to the system browser: only http(s). file:, javascript:, custom
 * schemes and the like could start programs or read local files, so they are never opened.
 */
export function isExternalUrl(candidate: string): boolean {
  try {
    const { protocol } = new URL(candidate);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
