import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO_ROOT } from '../support/fixtures.js';

// A bare clone must run its own tests: no source file may read the workplace's shared folder
// beside the repository. The pattern is built from parts so that this file does not match itself.
const OUTSIDE = new RegExp(['\\.\\./', 'shared', '|', 'shared', '/fixtures'].join(''));
const FOLDERS = ['core', 'cli', 'electron', 'renderer', 'tests', 'bench', 'scripts', 'build'];

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(REPO_ROOT, folder)).flatMap((entry) => {
    const relative = path.join(folder, entry);
    if (relative === path.relative(REPO_ROOT, FIXTURES)) return [];
    if (statSync(path.join(REPO_ROOT, relative)).isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx|mjs|cjs|js)$/.test(entry) ? [relative] : [];
  });
}

describe('the repository is self-contained', () => {
  it('no source file, test or benchmark reads outside the repository', () => {
    const files = FOLDERS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => OUTSIDE.test(readFileSync(path.join(REPO_ROOT, file), 'utf8')))).toEqual([]);
  });

  it('the corpora the tests read are inside it, each with its licence', () => {
    for (const licence of ['web-pages/LICENSE-readability-test-pages.md', 'documents/pdf/LICENSE-pdfjs-test-files.txt', 'documents/docx/LICENSE-mammoth-test-files.txt', 'seed-article.txt']) {
      expect(statSync(path.join(FIXTURES, licence)).size).toBeGreaterThan(0);
    }
  });
});
