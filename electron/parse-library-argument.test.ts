import { describe, expect, it } from 'vitest';
import { parseLibraryArgument } from './parse-library-argument.js';

describe('parseLibraryArgument', () => {
  it.each<[string[], string | null]>([
    [['/usr/bin/electron', '.', '--library', '/tmp/lib'], '/tmp/lib'],
    [['/usr/bin/electron', '--inspect=0', '--remote-debugging-port=0', '.', '--library=/tmp/lib'], '/tmp/lib'],
    [['/usr/bin/electron', '.'], null],
    [['/usr/bin/electron', '.', '--library'], null],
    [['/usr/bin/electron', '.', '--library='], null],
    [['/usr/bin/electron', '.', '--', '--library', '/tmp/lib'], null],
  ])('%j → %s', (argv, expected) => {
    expect(parseLibraryArgument(argv)).toBe(expected);
  });
});
