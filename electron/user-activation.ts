/** Input event types (Electron's InputEvent.type) that show the user acted on the page. */
const ACTIVATING_INPUT: ReadonlySet<string> = new Set(['mouseUp', 'keyDown', 'rawKeyDown', 'gestureTap']);

/**
 * How long after a click or key press the page may ask to open a link. Long enough for the
 * renderer's click handler to run and its window.open to reach the main process, too short for a
 * page to save a click for later.
 */
export const USER_ACTIVATION_MS = 1_000;

/** A record of the user's last input to one window, for actions only a user may start. */
export interface UserActivation {
  /** Called with every input event Electron reports for the window ('input-event'). */
  noteInput(type: string | undefined): void;
  /** Whether the user clicked or pressed a key just now; true once per input, so one click opens one link. */
  consume(): boolean;
}

/** Tracks user activation from input events; `now` is a clock in milliseconds (injectable for tests). */
export function createUserActivation(now: () => number = Date.now): UserActivation {
  let activatedAt: number | null = null;
  return {
    noteInput(type) {
      if (type !== undefined && ACTIVATING_INPUT.has(type)) activatedAt = now();
    },
    consume() {
      const isRecent = activatedAt !== null && now() - activatedAt <= USER_ACTIVATION_MS;
      activatedAt = null;
      return isRecent;
    },
  };
}
