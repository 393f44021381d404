import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keychainPasswordKeeper, type KeychainCipher } from './keychain-password-keeper.js';

// A stand-in for the system keychain that really transforms the bytes, so the test sees that the
// file never holds the password in clear.
const reversing: KeychainCipher = {
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from([...Buffer.from(plain, 'utf8')].map((byte) => byte ^ 0x5a)),
  decryptString: (encrypted) => Buffer.from([...encrypted].map((byte) => byte ^ 0x5a)).toString('utf8'),
};

let folder = '';
afterEach(async () => {
  if (folder) await fs.rm(folder, { recursive: true, force: true });
});

describe('the keychain password keeper', () => {
  it('keeps each account’s password encrypted, gives it back, and forgets it', async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-keeper-'));
    const file = path.join(folder, 'team-passwords.json');
    const keeper = keychainPasswordKeeper(file, reversing);
    const ani = { url: 'http://127.0.0.1:5984/osint', username: 'ani' };
    const boris = { url: 'http://127.0.0.1:5984/osint', username: 'boris' };
    expect(keeper.kind).toBe('keychain');
    expect(await keeper.load(ani)).toBeNull();
    await keeper.save(ani, 'correct horse');
    await keeper.save(boris, 'battery staple');
    expect(await fs.readFile(file, 'utf8')).not.toContain('correct horse');
    expect(await keychainPasswordKeeper(file, reversing).load(ani)).toBe('correct horse');
    await keeper.forget(ani);
    expect(await keeper.load(ani)).toBeNull();
    expect(await keeper.load(boris)).toBe('battery staple');
  });

  it('keeps nothing, and says so, where the system has no keychain', async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rn-keeper-'));
    const file = path.join(folder, 'team-passwords.json');
    const keeper = keychainPasswordKeeper(file, { ...reversing, isEncryptionAvailable: () => false });
    expect(keeper.kind).toBe('session');
    await keeper.save({ url: 'http://x/y', username: 'ani' }, 'secret');
    await expect(fs.access(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
