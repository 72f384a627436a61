import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// The hub serves the built files from dist/ at `/`, so the base is the root.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  // Local development against a hub on the default dev port.
  server: { proxy: { '/api': 'http://127.0.0.1:7390' } },
});
