import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    name: 'extension',
    include: ['extension/**/*.test.ts', 'extension/**/*.test.tsx'],
    exclude: ['extension/entrypoints/**'],
    environment: 'node',
  },
});
