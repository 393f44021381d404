import { useEffect, useRef, useState } from 'react';
import type { CaptureActivity } from '../../core/model/capture-activity.js';
import { useApi } from '../api/api-context.js';

/** How often the app asks for captures: a page sent from the browser shows within this. */
const POLL_MS = 1_000;

/**
 * Follows the pages browser clippers send: what is arriving now (for a status line), and a call
 * for each one that became an article, once. Captures from before the window opened are not replayed.
 */
export function useCaptureArrivals(onImported: (capture: CaptureActivity) => void, onFailed: (capture: CaptureActivity) => void): CaptureActivity | null {
  const api = useApi();
  const [arriving, setArriving] = useState<CaptureActivity | null>(null);
  const handlers = useRef({ onImported, onFailed });
  handlers.current = { onImported, onFailed };

  useEffect(() => {
    // Per capture id, the state last seen; null until the first answer (whose finished captures are old news).
    let seen: Map<string, CaptureActivity['state']> | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const captures = await api.listCaptures({});
        if (stopped) return;
        const first = seen === null;
        const known: Map<string, CaptureActivity['state']> = seen ?? new Map();
        for (const capture of [...captures].reverse()) {
          const before = known.get(capture.id);
          known.set(capture.id, capture.state);
          if (first && capture.state !== 'importing') continue;
          if (before === capture.state) continue;
          if (capture.state === 'imported') handlers.current.onImported(capture);
          if (capture.state === 'failed') handlers.current.onFailed(capture);
        }
        seen = known;
        setArriving(captures.find((capture) => capture.state === 'importing') ?? null);
      } catch {
        // The library is closing or the session ended: the app's own calls report that.
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api]);

  return arriving;
}
