import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

/**
 * The console's built files (agent/hub/console/dist). Paths outside /api and
 * /v1 that are not files get index.html, so the SPA's own routes reload.
 */
export function consoleRoutes(dir: string | null) {
  const app = new Hono();
  app.get('*', (c) => {
    if (!dir || !existsSync(join(dir, 'index.html'))) return c.text('PDP Guard hub: the console is not built (npm run build:console).', 404);
    const rel = normalize(decodeURIComponent(new URL(c.req.url).pathname)).replace(/^([/\\])+/, '');
    const file = join(dir, rel);
    const inside = file.startsWith(dir.endsWith(sep) ? dir : dir + sep);
    const target = inside && rel && existsSync(file) && !file.endsWith(sep) && extname(file) ? file : join(dir, 'index.html');
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
    if (target.endsWith('index.html')) headers['Cache-Control'] = 'no-cache';
    return c.body(readFileSync(target), 200, headers);
  });
  return app;
}
