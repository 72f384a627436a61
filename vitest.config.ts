import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests beside the code (Node), extension unit tests
// (WXT's fakeBrowser, configured in extension/vitest.config.ts), and the
// cross-process tests under test/ (real sockets, real Chromium), run one file
// at a time so two browsers never fight over the CI machine's two cores.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'agent/**/*.test.ts'],
          environment: 'node',
        },
      },
      './extension/vitest.config.ts',
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
