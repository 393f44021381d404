import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { buildZip } from '../core/import/build-zip.js';
import { clipperManifest, type ClipperBrowser } from './clipper-manifest.js';

/**
 * Builds the clipper for each browser into dist/clipper/<browser>/ (load it unpacked from there)
 * and packs dist/clipper/research-notes-clipper-<browser>.zip (for the browsers' stores).
 */
export async function buildClipper(root: string, version: string): Promise<void> {
  const out = path.join(root, 'dist', 'clipper');
  rmSync(out, { recursive: true, force: true });
  for (const browser of ['chromium', 'firefox'] as ClipperBrowser[]) {
    const folder = path.join(out, browser);
    mkdirSync(folder, { recursive: true });
    await build({
      entryPoints: { background: path.join(root, 'clipper/src/background.ts'), options: path.join(root, 'clipper/src/options.ts') },
      bundle: true,
      format: 'esm',
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      outdir: folder,
      define: { BROWSER_NAME: JSON.stringify(browser === 'firefox' ? 'Firefox' : 'Chromium') },
      logLevel: 'warning',
    });
    writeFileSync(path.join(folder, 'manifest.json'), `${JSON.stringify(clipperManifest(browser, version), null, 2)}\n`);
    writeFileSync(path.join(folder, 'options.html'), readFileSync(path.join(root, 'clipper/options.html')));
    const files = ['manifest.json', 'background.js', 'options.js', 'options.html'];
    writeFileSync(path.join(out, `research-notes-clipper-${browser}.zip`), buildZip(files.map((name) => ({ name, content: readFileSync(path.join(folder, name)) }))));
  }
}
