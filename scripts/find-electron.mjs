// Finds the Electron executable without ever starting a download: node_modules/electron's own
// index.js downloads the binary when it is missing, so it is never loaded from here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The executable inside an Electron build folder, as Electron's install.js names it per platform. */
function executableIn(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * The Electron executable to run, as `{ path }`, or `{ reason }` saying why there is none:
 * ELECTRON_OVERRIDE_DIST_PATH if set (a folder holding an Electron build), else the binary the
 * electron package installed (node_modules/electron/path.txt names it inside dist/).
 */
export function findElectronBinary({ env = process.env, projectDir = PROJECT_DIR, platform = process.platform } = {}) {
  const electronPackage = path.join(projectDir, 'node_modules', 'electron');
  const pathFile = path.join(electronPackage, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = path.join(override, recorded || executableIn(platform));
    return existsSync(executable)
      ? { path: executable }
      : { reason: `ELECTRON_OVERRIDE_DIST_PATH is ${override}, but ${executable} is missing` };
  }
  if (!existsSync(electronPackage)) return { reason: 'the electron package is not installed (run npm install)' };
  if (recorded === null) return { reason: 'no Electron binary is installed (node_modules/electron/path.txt is missing)' };
  const executable = path.join(electronPackage, 'dist', recorded);
  return existsSync(executable) ? { path: executable } : { reason: `no Electron binary is installed (${executable} is missing)` };
}
