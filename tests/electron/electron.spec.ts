import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../scripts/find-electron.mjs';
import { AppPage } from '../e2e/pages/app-page.js';
import { SEED_ARTICLE } from '../support/fixtures.js';

// The Electron shell end to end, where an Electron binary exists (never downloaded from here).
// One launch, several steps: starting Electron is the slow part.

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = SEED_ARTICLE;
const TITLE = 'Putin Reportedly Keen To Host Another Armenian-Azeri Summit';
const RENDERER_URL = pathToFileURL(path.join(REPO_ROOT, 'dist', 'renderer', 'index.html')).href;
// Chromium refuses to start its own sandbox as root (CI containers); the page stays sandboxed.
const CHROMIUM_SWITCHES = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

test('the Electron shell: isolated window, import through the UI, navigation blocked, one instance', async () => {
  const found = findElectronBinary();
  if (!found.path) {
    // Skipped only where no Electron binary exists (it cannot be downloaded without internet access; see README).
    console.log(`Electron spec skipped: ${found.reason}`);
    test.skip(true, found.reason);
    return;
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'rn-electron-'));
  const library = path.join(folder, 'library');
  const app = await electron.launch({ executablePath: found.path, args: [...CHROMIUM_SWITCHES, '.', '--library', library], cwd: REPO_ROOT });
  try {
    const mainWindow = await app.firstWindow();
    const page = new AppPage(mainWindow);

    await test.step('the window shows the app', async () => {
      await expect(mainWindow).toHaveTitle(/Research Notes/);
      await expect(mainWindow.getByRole('button', { name: 'Import article' })).toBeVisible();
      expect(mainWindow.url()).toBe(RENDERER_URL);
    });

    await test.step('the page has the bridge and nothing of Node or IPC', async () => {
      const globals = await mainWindow.evaluate(() => {
        const scope = globalThis as unknown as Record<string, unknown>;
        const bridge = scope.researchNotes as Record<string, unknown> | undefined;
        return {
          bridge: typeof bridge,
          listArticles: typeof bridge?.listArticles,
          ipcRenderer: typeof bridge?.ipcRenderer,
          require: typeof scope.require,
          process: typeof scope.process,
          module: typeof scope.module,
        };
      });
      expect(globals).toEqual({ bridge: 'object', listArticles: 'function', ipcRenderer: 'undefined', require: 'undefined', process: 'undefined', module: 'undefined' });
      const info = await mainWindow.evaluate(() => (globalThis as unknown as { researchNotes: { getLibraryInfo(args: object): Promise<unknown> } }).researchNotes.getLibraryInfo({}));
      expect(info).toMatchObject({ ok: true, value: { path: library, articleCount: 0 } });
    });

    await test.step('the window runs isolated and sandboxed', async () => {
      const preferences = await app.evaluate(({ BrowserWindow }) => {
        // getLastWebPreferences is undocumented (Electron's own specs use it), hence the cast.
        const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> };
        const { contextIsolation, sandbox, nodeIntegration, webSecurity, preload } = contents.getLastWebPreferences();
        return { contextIsolation, sandbox, nodeIntegration, webSecurity, preload };
      });
      expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: path.join(REPO_ROOT, 'dist', 'electron', 'preload.cjs') });
    });

    await test.step('importing the seed article through the UI lists it in the Library', async () => {
      await page.importFile(SEED);
      await expect(page.library.getByRole('listitem')).toHaveCount(1);
      await expect(page.library.getByRole('listitem').first()).toContainText(TITLE);
    });

    await test.step('the page can neither navigate away nor open windows', async () => {
      const elsewhere = path.join(folder, 'elsewhere.html');
      await writeFile(elsewhere, '<!doctype html><title>Elsewhere</title><p>elsewhere</p>');
      const attempted = app.evaluate(
        ({ BrowserWindow }) =>
          new Promise<string>((resolve) => {
            BrowserWindow.getAllWindows()[0]!.webContents.once('will-navigate', (event) => resolve(event.url));
          }),
      );
      await mainWindow.evaluate((url) => {
        (globalThis as unknown as { location: { href: string } }).location.href = url;
      }, pathToFileURL(elsewhere).href);
      expect(await attempted).toBe(pathToFileURL(elsewhere).href);
      expect(await mainWindow.evaluate(() => (globalThis as unknown as { open(url: string): unknown }).open('file:///etc/hostname'))).toBeNull();
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((each) => each.webContents.getURL()))).toEqual([RENDERER_URL]);
      await expect(mainWindow).toHaveTitle(/Research Notes/);
      await expect(mainWindow.getByRole('button', { name: 'Import article' })).toBeVisible();
    });

    await test.step('a second launch hands over to the first and exits', async () => {
      const second = spawn(found.path!, [...CHROMIUM_SWITCHES, REPO_ROOT, '--library', library], { stdio: 'ignore' });
      const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
      expect(code).toBe(0);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    });
  } finally {
    await app.close();
    await rm(folder, { recursive: true, force: true });
  }
});
