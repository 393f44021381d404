const STORAGE_KEY = 'researchNotes.token';

/**
 * The web shell's session token: taken from `?token=` on first load, kept in sessionStorage so a
 * reload still works, and removed from the address bar so it does not linger in history or screenshots.
 */
export function readSessionToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(STORAGE_KEY);
}
