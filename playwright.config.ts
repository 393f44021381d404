import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './scripts/find-chromium.mjs';

const CHROMIUM = findChromium();
// Without a browser no end-to-end spec can run: one line that says how to get one, not 50 failures.
if (CHROMIUM === null) {
  console.error(`npm test: ${NO_CHROMIUM_MESSAGE}`);
  process.exit(1);
}

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // On CI one retry, so that a test that fails only under load shows as flaky (and is named in the
  // summary) instead of hiding every other result behind a red run; locally none.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    trace: 'off',
    video: 'off',
    screenshot: 'off',
  },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: { browserName: 'chromium', launchOptions: { executablePath: CHROMIUM ?? undefined, args: CHROMIUM_ARGS } },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
