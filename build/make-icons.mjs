// Renders resources/icon.svg, the one source image of the app icon, to the PNG sizes the
// installers need (resources/icons/<N>x<N>.png), in Chromium (Debian's, as the tests use; or
// CHROMIUM_PATH). electron-builder makes the Windows .ico and macOS .icns from these PNGs.
// The PNGs are committed, so packaging never needs Chromium; run this after changing the SVG.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../scripts/find-chromium.mjs';

/** The sizes Linux desktops look for, plus 1024 for macOS and 256 for Windows. */
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = await readFile(path.join(projectDir, 'resources', 'icon.svg'), 'utf8');
const outputDir = path.join(projectDir, 'resources', 'icons');
await mkdir(outputDir, { recursive: true });

const executablePath = findChromium();
if (executablePath === null) {
  console.error(`make-icons: ${NO_CHROMIUM_MESSAGE}`);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    // The SVG as an <img> from a data: URL: scaled by the browser, never run as a document.
    await page.setContent(`<html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`);
    await page.locator('img').evaluate((image) => image.decode());
    await page.screenshot({ path: path.join(outputDir, `${size}x${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  }
} finally {
  await browser.close();
}
process.stdout.write(`make-icons: ${ICON_SIZES.length} PNGs in ${path.relative(projectDir, outputDir)}\n`);
