import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser downloads cannot work on these machines.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic',
];

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
      use: { browserName: 'chromium', launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
