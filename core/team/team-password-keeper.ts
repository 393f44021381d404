/** Which team account a password belongs to. */
export interface TeamAccount {
  url: string;
  username: string;
}

/**
 * Where a team account's password is kept between sessions: the shell decides (Electron: the
 * system keychain through safeStorage; the web shell: nowhere, so the app asks again after a restart).
 */
export interface TeamPasswordKeeper {
  readonly kind: 'keychain' | 'session';
  load(account: TeamAccount): Promise<string | null>;
  save(account: TeamAccount, password: string): Promise<void>;
  forget(account: TeamAccount): Promise<void>;
}

/** Keeps nothing beyond this process: the web shell's and the command line's keeper. */
export const sessionPasswordKeeper: TeamPasswordKeeper = {
  kind: 'session',
  load: async () => null,
  save: async () => undefined,
  forget: async () => undefined,
};
