import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticFile } from './resolve-static-file.js';

const ROOT = path.resolve('/srv/renderer');

describe('resolveStaticFile', () => {
  it.each([
    ['/', path.join(ROOT, 'index.html')],
    ['/index.html', path.join(ROOT, 'index.html')],
    ['/assets/app.js', path.join(ROOT, 'assets', 'app.js')],
    ['/assets/a%20b.css', path.join(ROOT, 'assets', 'a b.css')],
    ['//assets/app.js', path.join(ROOT, 'assets', 'app.js')],
  ])('maps %s inside the folder', (pathname, expected) => {
    expect(resolveStaticFile(ROOT, pathname)).toBe(expected);
  });

  it.each(['/..', '/../secret', '/..%2fsecret', '/assets/..%2f..%2fsecret', '/%2e%2e/secret', '/..%5csecret', '/a%00b', '/%E0%A4%A'])(
    'refuses %s',
    (pathname) => {
      expect(resolveStaticFile(ROOT, pathname)).toBeNull();
    },
  );
});
