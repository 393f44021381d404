/**
 * The library folder given as `--library DIR` or `--library=DIR` on Electron's command line, or
 * null. Electron's argv also holds its own and Chromium's switches, so unknown ones are skipped.
 */
export function parseLibraryArgument(argv: readonly string[]): string | null {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === '--') break;
    if (argument === '--library') return argv[index + 1] ?? null;
    if (argument.startsWith('--library=')) return argument.slice('--library='.length) || null;
  }
  return null;
}
