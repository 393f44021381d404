import { useEffect, useState } from 'react';

// Skips most keystrokes of a word, still feels immediate.
const SUGGEST_DELAY_MS = 150;

/**
 * Suggestions for what is being typed, fetched after a short pause in typing; an answer that
 * arrives after the text changed again is dropped. `prefix` null (or blank) clears them. Also
 * holds which suggestion the arrow keys point at (-1: none), reset with each new list.
 */
export function useSuggestions(prefix: string | null, fetch: (prefix: string) => Promise<string[]>, onError: (error: unknown) => void) {
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [activeIndex, setActiveIndex] = useState(-1);

  useEffect(() => {
    const wanted = prefix?.trim();
    if (!wanted) {
      setSuggestions([]);
      return;
    }
    let isCurrent = true;
    const timer = setTimeout(() => {
      fetch(wanted)
        .then((found) => {
          if (!isCurrent) return;
          setSuggestions(found);
          setActiveIndex(-1);
        })
        .catch(onError);
    }, SUGGEST_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [prefix, fetch, onError]);

  return { suggestions, setSuggestions, activeIndex, setActiveIndex };
}
