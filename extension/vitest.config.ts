import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { resolve } from 'node:path';

// A project config's folder would be its root; the include globs and WXT's own
// config (wxt.config.ts) are relative to the repository root.
export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  plugins: [WxtVitest()],
  test: {
    name: 'extension',
    root: resolve(import.meta.dirname, '..'),
    include: ['extension/**/*.test.ts', 'extension/**/*.test.tsx'],
    exclude: ['extension/entrypoints/**'],
    environment: 'node',
  },
});
