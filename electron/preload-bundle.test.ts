import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The preload as scripts/build.mjs bundles it: small, and holding nothing but the bridge.

const ROOT = path.resolve(import.meta.dirname, '..');

describe('the preload bundle', () => {
  it('is small, has no zod, and loads only electron', async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, 'electron', 'preload.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    // A few kilobytes of names and wrappers; the contract's zod schemas would add about 750 KB.
    expect(code.length).toBeLessThan(8_000);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.includes('node_modules'))).toEqual([]);
    expect(inputs.some((input) => input.endsWith('core/api/contract.ts'))).toBe(false);
    expect([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1])).toEqual(['electron']);
    expect(code).toMatch(/exposeInMainWorld\(\s*"researchNotes"/);
  });
});
