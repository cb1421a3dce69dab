import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The process entry and the worker entry run only in child processes and threads, where V8
      // coverage cannot follow (vitest#7064); test/bin.test.ts runs them.
      exclude: ['src/generated/**', 'src/cli.ts', 'src/io/batch-worker.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 90, branches: 80, functions: 90, statements: 90 },
    },
  },
});
