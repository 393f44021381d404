import os from 'node:os';
import path from 'node:path';

const APP_FOLDER = 'research-notes';
const LIBRARY_FOLDER = 'library';

/**
 * The library folder when the user names none: RESEARCH_NOTES_LIBRARY if set, else the per-user
 * application data folder of the platform. Paths are built with the target platform's separator
 * so the answer is right (and testable) whatever platform computes it.
 */
export function defaultLibraryPath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const override = env.RESEARCH_NOTES_LIBRARY;
  if (override) return override;
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_FOLDER, LIBRARY_FOLDER);
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER, LIBRARY_FOLDER);
  }
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdgConfig = env.XDG_CONFIG_HOME;
  const configHome = xdgConfig && path.posix.isAbsolute(xdgConfig) ? xdgConfig : path.posix.join(home, '.config');
  return path.posix.join(configHome, APP_FOLDER, LIBRARY_FOLDER);
}
