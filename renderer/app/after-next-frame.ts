/**
 * Resolves once the next frame has been drawn, or after 100 ms when the page draws none (a hidden
 * window runs no animation frames, and what waits here must still happen).
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(fallback);
      resolve();
    };
    const fallback = setTimeout(done, 100);
    // A task posted from the frame's callback runs once that frame's drawing is done.
    requestAnimationFrame(() => setTimeout(done, 0));
  });
}
