import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers of DEVELOPERS.md as a check, not a hope (VS Code's rule): each folder may import
// only what its row allows. The tsconfigs catch Node or DOM use; this catches imports across layers.

const ROOT = path.resolve(import.meta.dirname, '../..');
const PURE_CORE = ['core/model', 'core/rules', 'core/api', 'core/document', 'core/anchoring', 'core/export', 'core/claims'];
// The Node services: importers, storage, the library service, search, folder exports, custody, restore.
const SERVICES = 'core\\/(store|import|library|search|export-files|custody|restore)\\/';

const RULES: { folder: string; forbidden: RegExp; why: string }[] = [
  { folder: 'core', forbidden: /^(electron|react|react-dom|@tiptap\/.*)$|\/(renderer|electron|cli)\//, why: 'core never imports a shell or the UI' },
  { folder: 'renderer', forbidden: new RegExp(`^(electron|node:.*|fs|path|lowdb.*|linkedom|better-sqlite3)$|${SERVICES}`), why: 'the renderer only calls the API contract' },
  { folder: 'cli', forbidden: /^electron$|\/renderer\//, why: 'the command line and web shell do not load Electron or the UI' },
  { folder: 'electron', forbidden: /\/renderer\//, why: 'the Electron shell does not import the UI' },
  ...PURE_CORE.map((folder) => ({ folder, forbidden: new RegExp(`^(node:.*|fs|path|os|crypto|lowdb.*|linkedom|sanitize-html|better-sqlite3)$|${SERVICES}`), why: 'pure core has no Node and no services' })),
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
    return /\.(ts|tsx)$/.test(entry) && !/(\.test|-test-helpers|-test-library|-test-fixtures|-for-tests)\.tsx?$/.test(entry) ? [relative] : [];
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

/** The core folder a repository path lies in ("core/search/fold-text.ts" -> "core/search"), or null. */
function coreFolderOf(file: string): string | null {
  const match = /^\/?(core\/[^/]+)\//.exec(file);
  return match ? match[1]! : null;
}

/** One cycle among core's folders as "a -> b -> a", or null when the folder graph is acyclic. */
function findFolderCycle(edges: Map<string, Set<string>>): string | null {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (folder: string): string | null => {
    if (state.get(folder) === 'done') return null;
    if (state.get(folder) === 'open') return [...trail.slice(trail.indexOf(folder)), folder].join(' -> ');
    state.set(folder, 'open');
    trail.push(folder);
    for (const next of edges.get(folder) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(folder, 'done');
    return null;
  };
  for (const folder of edges.keys()) {
    const cycle = visit(folder);
    if (cycle) return cycle;
  }
  return null;
}

describe('core folders', () => {
  // A cycle between folders means neither can be read, changed or tested without the other.
  it('import each other without a cycle (type-only imports count too)', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of sourceFiles('core')) {
      const from = coreFolderOf(file)!;
      for (const specifier of importsOf(file)) {
        const to = coreFolderOf(specifier);
        if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    expect(edges.size).toBeGreaterThan(5);
    expect(findFolderCycle(edges), 'a cycle between core folders').toBe(null);
  });

  it('the cycle finder sees a cycle', () => {
    const edges = new Map([['core/a', new Set(['core/b'])], ['core/b', new Set(['core/c'])], ['core/c', new Set(['core/a'])]]);
    expect(findFolderCycle(edges)).toBe('core/a -> core/b -> core/c -> core/a');
    expect(findFolderCycle(new Map([['core/a', new Set(['core/b'])]]))).toBeNull();
  });
});
