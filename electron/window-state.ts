import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/** Where and how big the main window was when it was last closed. */
export interface WindowState {
  width: number;
  height: number;
  /** Absent when the saved position is on no screen any more (a monitor was unplugged). */
  x?: number;
  y?: number;
  maximized: boolean;
}

/** A screen's usable area, as Electron's `screen.getAllDisplays()[n].workArea` gives it. */
export interface ScreenArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The first start's window: big enough to read beside the highlights panel. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };

const MIN_SIZE = { width: 720, height: 480 };

/**
 * The saved window state from the file's text, made safe to use: a missing or garbled file gives
 * the default, sizes are kept between the minimum and the largest screen, and a position whose
 * window would not show at least 100 × 100 pixels on some screen is dropped (the system then
 * centres the window).
 */
export function parseWindowState(text: string | null, screens: readonly ScreenArea[]): WindowState {
  let saved: Partial<Record<keyof WindowState, unknown>>;
  try {
    saved = text === null ? {} : (JSON.parse(text) as typeof saved);
  } catch {
    saved = {};
  }
  if (typeof saved !== 'object' || saved === null) saved = {};
  const largest = screens.reduce((size, screen) => ({ width: Math.max(size.width, screen.width), height: Math.max(size.height, screen.height) }), { width: 0, height: 0 });
  const size = (value: unknown, fallback: number, min: number, max: number): number =>
    typeof value === 'number' && Number.isFinite(value) ? Math.round(Math.min(Math.max(value, min), Math.max(max, min))) : fallback;
  const state: WindowState = {
    width: size(saved.width, DEFAULT_WINDOW_STATE.width, MIN_SIZE.width, largest.width || DEFAULT_WINDOW_STATE.width),
    height: size(saved.height, DEFAULT_WINDOW_STATE.height, MIN_SIZE.height, largest.height || DEFAULT_WINDOW_STATE.height),
    maximized: saved.maximized === true,
  };
  if (typeof saved.x === 'number' && typeof saved.y === 'number' && Number.isFinite(saved.x) && Number.isFinite(saved.y)) {
    const x = Math.round(saved.x);
    const y = Math.round(saved.y);
    const visible = screens.some((screen) => overlap(x, state.width, screen.x, screen.width) >= 100 && overlap(y, state.height, screen.y, screen.height) >= 100);
    if (visible) Object.assign(state, { x, y });
  }
  return state;
}

/** Reads the saved state (see parseWindowState); a missing file is the first start. */
export function readWindowState(filePath: string, screens: readonly ScreenArea[]): WindowState {
  let text: string | null = null;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    // First start, or unreadable: the default window.
  }
  return parseWindowState(text, screens);
}

/**
 * Saves the state. Synchronous on purpose: it runs in the window's 'close' handler, and the app may
 * quit right after. Written beside and renamed over, so a crash leaves the old state, not half a file.
 */
export function writeWindowState(filePath: string, state: WindowState): void {
  const temporary = `${filePath}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, filePath);
}

function overlap(start: number, length: number, areaStart: number, areaLength: number): number {
  return Math.min(start + length, areaStart + areaLength) - Math.max(start, areaStart);
}
