import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers of DEVELOPERS.md as a check, not a hope (VS Code's rule): each folder may import
// only what its row allows. The tsconfigs catch Node or DOM use; this catches imports across layers.

const ROOT = path.resolve(import.meta.dirname, '../..');
const PURE_CORE = ['core/model', 'core/api', 'core/document', 'core/anchoring', 'core/export', 'core/claims'];

const RULES: { folder: string; forbidden: RegExp; why: string }[] = [
  { folder: 'core', forbidden: /^(electron|react|react-dom|@tiptap\/.*)$|\/(renderer|electron|cli)\//, why: 'core never imports a shell or the UI' },
  { folder: 'renderer', forbidden: /^(electron|node:.*|fs|path|lowdb.*|linkedom)$|core\/(store|import|library)\//, why: 'the renderer only calls the API contract' },
  { folder: 'cli', forbidden: /^electron$|\/renderer\//, why: 'the command line and web shell do not load Electron or the UI' },
  { folder: 'electron', forbidden: /\/renderer\//, why: 'the Electron shell does not import the UI' },
  ...PURE_CORE.map((folder) => ({ folder, forbidden: /^(node:.*|fs|path|os|crypto|lowdb.*|linkedom|sanitize-html)$|core\/(store|import|library)\//, why: 'pure core has no Node and no services' })),
];

function sourceFiles(folder: string): string[] {
  const absolute = path.join(ROOT, folder);
  let entries: string[];
  try {
    entries = readdirSync(absolute);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const relative = path.join(folder, entry);
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sourceFiles(relative);
    // Tests and their helpers may reach across layers (e.g. checking a document against tiptap's schema).
    return /\.(ts|tsx)$/.test(entry) && !/(\.test|-test-helpers)\.tsx?$/.test(entry) ? [relative] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  const specifiers: string[] = [];
  for (const match of source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const specifier = match[1] ?? match[2]!;
    specifiers.push(specifier.startsWith('.') ? '/' + path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), specifier)) : specifier);
  }
  return specifiers;
}

describe('layers', () => {
  for (const rule of RULES) {
    it(`${rule.folder}: ${rule.why}`, () => {
      const files = sourceFiles(rule.folder);
      expect(files.length).toBeGreaterThan(0);
      const violations = files.flatMap((file) =>
        importsOf(file).filter((specifier) => rule.forbidden.test(specifier)).map((specifier) => `${file} imports ${specifier}`),
      );
      expect(violations).toEqual([]);
    });
  }
});
