// Which Chromium the browser tests, the long-article bench and the icon script launch: the one
// CHROMIUM_PATH names, else Debian's (Playwright's own browser downloads cannot work on the
// machines this project is built on), else Playwright's own where `npx playwright install
// chromium` put it (macOS, Windows, other Linux).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's Chromium binary (the `chromium` package). */
export const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium';

/** The flags every launch needs here: no sandbox as root, and no background calls to a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic',
];

/** What to tell a person who has no browser for the tests. */
export const NO_CHROMIUM_MESSAGE =
  'No Chromium for the browser tests: install Debian\'s (apt-get install chromium), set CHROMIUM_PATH to a Chromium or Chrome binary, or run `npx playwright install chromium`.';

/**
 * The Chromium binary to launch, or null when none is installed. CHROMIUM_PATH wins when set
 * (a wrong path is reported, not silently replaced).
 */
export function findChromium() {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return existsSync(chosen) ? chosen : null;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const playwrights = chromium.executablePath();
  return playwrights && existsSync(playwrights) ? playwrights : null;
}
