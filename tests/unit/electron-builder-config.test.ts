import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// build/electron-builder.yml through electron-builder's own loader and schema validation (what
// `npm run dist` runs first), and the icons it names. Building the installers needs the network.

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { output?: string; buildResources?: string };
  files?: string[];
  linux?: { target?: string[]; icon?: string };
  win?: { target?: string[]; icon?: string };
  mac?: { target?: string[]; icon?: string };
  [key: string]: unknown;
}

const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
};
const QUIET_LOGGER = { isEnabled: false, add() {} };

async function loadConfig(): Promise<BuilderConfig> {
  return getConfig(ROOT, path.join(ROOT, 'build', 'electron-builder.yml'), null);
}

/** A PNG's width and height, from its IHDR chunk. */
async function pngSize(file: string): Promise<[number, number]> {
  const bytes = await readFile(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('build/electron-builder.yml', () => {
  it("passes electron-builder's schema validation", async () => {
    await expect(validateConfiguration(await loadConfig(), QUIET_LOGGER)).resolves.toBeUndefined();
  });

  it('is validated for real: a misspelt option or a wrong type is refused', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration({ ...config, win: { ...config.win, targets: ['nsis'] } } as BuilderConfig, QUIET_LOGGER)).rejects.toThrow(/Invalid configuration object/);
    await expect(validateConfiguration({ ...config, asar: 'yes' }, QUIET_LOGGER)).rejects.toThrow(/Invalid configuration object/);
  });

  it('names the app and builds AppImage and deb, NSIS, and dmg', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('org.researchnotes.app');
    expect(config.productName).toBe('Research Notes');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.directories?.output).toBe('release');
  });

  it('has icons of every size, made from resources/icon.svg', async () => {
    const config = await loadConfig();
    const iconDir = path.join(ROOT, config.linux!.icon!);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(await pngSize(path.join(iconDir, `${size}x${size}.png`))).toEqual([size, size]);
    }
    // Windows needs at least 256 px and macOS at least 512 px; electron-builder makes .ico and .icns.
    expect((await pngSize(path.join(ROOT, config.win!.icon!)))[0]).toBeGreaterThanOrEqual(256);
    expect((await pngSize(path.join(ROOT, config.mac!.icon!)))[0]).toBeGreaterThanOrEqual(512);
    expect(await readFile(path.join(ROOT, 'resources', 'icon.svg'), 'utf8')).toMatch(/^<svg[^>]+viewBox="0 0 1024 1024"/);
  });

  it('is what `npm run dist` uses', async () => {
    const manifest = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts.dist).toBe('node scripts/build.mjs && electron-builder --config build/electron-builder.yml --publish never');
  });
});
