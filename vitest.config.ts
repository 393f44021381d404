import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'cli/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'tests/unit/**/*.test.ts', 'clipper/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest's default (CPUs - 1) is one worker on a 2-core machine, and most of the slow files wait
    // on child processes and fsync rather than compute: two workers took the unit run from about
    // 7 to about 5 minutes there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
