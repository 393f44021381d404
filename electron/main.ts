import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage, screen, session, shell } from 'electron';
import { ApiError, messageOf } from '../core/api/api-error.js';
import { openLibrary } from '../core/library/library-service.js';
import { startCaptureListener } from '../core/capture/start-capture-listener.js';
import { defaultLibraryPath } from '../core/store/default-library-path.js';
import { keychainPasswordKeeper } from '../core/team/keychain-password-keeper.js';
import { appPaths } from './app-paths.js';
import { applicationMenuTemplate } from './application-menu-template.js';
import { askWhereToSaveDownloads } from './ask-where-to-save-downloads.js';
import { closeLibraryOnQuit } from './close-library-on-quit.js';
import { serveCapturedPages } from './serve-captured-pages.js';
import { deliverContentSecurityPolicy } from './deliver-content-security-policy.js';
import { denyPermissions } from './deny-permissions.js';
import { hardenWebContents } from './harden-web-contents.js';
import { describeKeyboardShortcuts } from './keyboard-shortcuts.js';
import { parseLibraryArgument } from './parse-library-argument.js';
import { registerApiHandlers } from './register-api-handlers.js';
import { registerFolderChooser } from './register-folder-chooser.js';
import { windowOptions } from './window-options.js';
import { readWindowState, writeWindowState } from './window-state.js';

// The Electron shell: wiring only. The API is core/library's, reached through core/api's dispatch.

const paths = appPaths(path.dirname(fileURLToPath(import.meta.url)));
let mainWindow: BrowserWindow | null = null;

// Every renderer is sandboxed, whatever options a window is created with.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the library (and its lock); it focuses its window on 'second-instance'.
  app.quit();
} else {
  process.on('uncaughtException', (error) => reportFailure('Unexpected error', error));
  process.on('unhandledRejection', (error) => reportFailure('Unexpected error', error));
  app.on('second-instance', () => focusWindow(mainWindow));
  // harden-web-contents.ts lets only an http(s) URL through, and only right after a user's click.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => shell.openExternal(url))); // eng-disable OPEN_EXTERNAL_JS_CHECK
  start().catch((error: unknown) => {
    reportFailure('Research Notes could not start', error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  if (!existsSync(paths.rendererIndex)) {
    throw new ApiError('INTERNAL', `The user interface is not built (${paths.rendererIndex} is missing). Run \`npm run build\` first.`);
  }
  denyPermissions(session.defaultSession);
  deliverContentSecurityPolicy(session.defaultSession);
  askWhereToSaveDownloads(session.defaultSession);
  const libraryArgument = parseLibraryArgument(process.argv);
  const library = await openLibrary(libraryArgument === null ? defaultLibraryPath() : path.resolve(libraryArgument), {
    owner: 'Electron',
    // Team passwords encrypted by the system keychain, in the app's folder, never in the library.
    teamPasswords: keychainPasswordKeeper(path.join(app.getPath('userData'), 'team-passwords.json'), safeStorage),
  });
  void library.startTeamSync().catch(() => undefined);
  // The browser clipper's way in (core/capture): 127.0.0.1, paired clippers only.
  const capture = (await library.getLibraryInfo({})).readOnly ? null : await startCaptureListener(await library.captureDesk());
  app.on('will-quit', () => void capture?.close());
  serveCapturedPages(session.defaultSession, (id) => library.capturedPage(id));
  closeLibraryOnQuit(app, library);
  registerApiHandlers(ipcMain, library, () => mainWindow, paths.rendererUrl);
  registerFolderChooser(ipcMain, () => mainWindow, paths.rendererUrl, (window, options) => dialog.showOpenDialog(window, options));
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, showKeyboardShortcuts)));
  app.on('window-all-closed', () => {
    // macOS apps stay open without windows; the Dock icon brings one back ('activate').
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    mainWindow ??= createMainWindow();
  });
  mainWindow = createMainWindow();
}

function createMainWindow(): BrowserWindow {
  // Where and how big the window was last time (window-state.ts makes a stale position safe).
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const state = readWindowState(stateFile, screen.getAllDisplays().map((display) => display.workArea));
  const { width, height, x, y } = state;
  // The options come from window-options.ts, which the scanner cannot follow; window-options.test.ts asserts each one.
  const window = new BrowserWindow({ ...windowOptions(paths.preload), width, height, x, y }); // eng-disable NODE_INTEGRATION_JS_CHECK CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK REMOTE_MODULE_JS_CHECK
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    try {
      writeWindowState(stateFile, { ...bounds, maximized: window.isMaximized() });
    } catch (error) {
      console.error('research-notes: could not remember the window size:', error);
    }
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(paths.rendererUrl).catch((error: unknown) => reportFailure('The window could not load', error));
  return window;
}

function focusWindow(window: BrowserWindow | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function showKeyboardShortcuts(): void {
  const options = { type: 'info' as const, title: 'Keyboard Shortcuts', message: 'Keyboard Shortcuts', detail: describeKeyboardShortcuts(process.platform) };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

/** The one handler for unexpected errors in this process: log it, and tell the user. */
function reportFailure(title: string, error: unknown): void {
  console.error(`research-notes: ${title}:`, error);
  const message = messageOf(error);
  if (app.isReady()) dialog.showErrorBox(title, message);
}
