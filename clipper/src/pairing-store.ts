/** What the clipper keeps after pairing: the app's port and the secret it gave. */
export interface Pairing {
  port: number;
  secret: string;
}

export async function readPairing(): Promise<Pairing | null> {
  const { pairing } = await chrome.storage.local.get(['pairing']);
  const value = pairing as Partial<Pairing> | undefined;
  return typeof value?.port === 'number' && typeof value.secret === 'string' ? { port: value.port, secret: value.secret } : null;
}

export function writePairing(pairing: Pairing): Promise<void> {
  return chrome.storage.local.set({ pairing });
}
