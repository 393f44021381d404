/** Where findElectronBinary looks; every field defaults to this process and project. */
export interface FindElectronOptions {
  env?: NodeJS.ProcessEnv;
  projectDir?: string;
  platform?: NodeJS.Platform;
}

/** The Electron executable to run, or why there is none; never starts a download. */
export function findElectronBinary(options?: FindElectronOptions): { path: string; reason?: undefined } | { path?: undefined; reason: string };
