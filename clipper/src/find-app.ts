import { CAPTURE_PORTS } from '../../core/model/capture-ports.js';

/** How long to wait for the app on a port that may have nothing on it. */
const PROBE_MS = 1_500;

/** The app's answer to a clipper request: the shape of core/api's ApiResult. */
export type AppAnswer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** One request to the app on 127.0.0.1; null when nothing answers on that port. */
export async function askApp<T>(port: number, path: string, init: { body?: unknown; secret?: string; timeoutMs?: number } = {}): Promise<AppAnswer<T> | null> {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.secret !== undefined) headers.Authorization = `Bearer ${init.secret}`;
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: init.body === undefined ? 'GET' : 'POST',
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      signal: AbortSignal.timeout(init.timeoutMs ?? PROBE_MS),
      credentials: 'omit',
    });
    return (await response.json()) as AppAnswer<T>;
  } catch {
    return null;
  }
}

/** The ports to try: the one that answered last time first, then the rest of the range. */
export function portsToTry(remembered: number | undefined): number[] {
  return remembered === undefined ? [...CAPTURE_PORTS] : [remembered, ...CAPTURE_PORTS.filter((port) => port !== remembered)];
}
