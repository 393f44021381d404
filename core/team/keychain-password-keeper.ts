import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../store/write-file-atomic.js';
import type { TeamAccount, TeamPasswordKeeper } from './team-password-keeper.js';

/** What the system keychain offers (Electron's safeStorage has exactly this). */
export interface KeychainCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * Keeps team passwords encrypted by the system keychain in one file of the app's own folder
 * (never in the library, which may be shared or backed up): `{ "<url> <user>": base64 }`.
 * Where the system offers no encryption, it keeps nothing and says so (kind 'session').
 */
export function keychainPasswordKeeper(file: string, cipher: KeychainCipher): TeamPasswordKeeper {
  const available = cipher.isEncryptionAvailable();
  const keyOf = (account: TeamAccount): string => `${account.url} ${account.username}`;
  const read = async (): Promise<Record<string, string>> => {
    try {
      return JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  const write = async (entries: Record<string, string>): Promise<void> => {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify(entries, null, 2)}\n`);
  };
  return {
    kind: available ? 'keychain' : 'session',
    async load(account) {
      if (!available) return null;
      const encrypted = (await read())[keyOf(account)];
      return encrypted === undefined ? null : cipher.decryptString(Buffer.from(encrypted, 'base64'));
    },
    async save(account, password) {
      if (!available) return;
      await write({ ...(await read()), [keyOf(account)]: cipher.encryptString(password).toString('base64') });
    },
    async forget(account) {
      const entries = await read();
      if (!(keyOf(account) in entries)) return;
      delete entries[keyOf(account)];
      await write(entries);
    },
  };
}
