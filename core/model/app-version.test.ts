import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { APP_TOOL, APP_VERSION } from './app-version.js';

describe('APP_VERSION', () => {
  it('is the version in package.json, so provenance names the program that ran', async () => {
    const manifest = JSON.parse(await fs.readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(manifest.version);
    expect(APP_TOOL).toBe(`Research Notes ${manifest.version}`);
  });
});
