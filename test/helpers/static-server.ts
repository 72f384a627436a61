// Serves the end-to-end test pages on loopback and records every request the
// browser makes to it (method, URL, headers, body), so tests can prove that no
// planted value ever left the page. Editor scripts (a real ProseMirror, Quill
// and Lexical from npm) are bundled on first request with Vite.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const PAGES_DIR = resolve(import.meta.dirname, '../fixtures/pages');

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The same pages as `http://localhost:PORT2` (a second origin, for approval tests). */
  otherOrigin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

const bundles = new Map<string, Promise<string>>();

/** `/editors/NAME.js` is test/fixtures/pages/editors/NAME.ts bundled as one classic script. */
async function bundle(name: string): Promise<string> {
  const { build } = await import('vite');
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: PAGES_DIR,
    build: {
      write: false,
      minify: false,
      lib: { entry: join(PAGES_DIR, 'editors', `${name}.ts`), formats: ['iife'], name: `editor_${name}` },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string; source?: string | Uint8Array }[] }[];
  const chunks = outputs.flatMap((o) => o.output);
  const js = chunks.find((c) => c.type === 'chunk' && c.code);
  const css = chunks.filter((c) => c.type === 'asset' && String((c as { fileName?: string }).fileName).endsWith('.css'));
  let code = js?.code ?? '';
  for (const c of css) {
    const text = typeof c.source === 'string' ? c.source : new TextDecoder().decode(c.source);
    code += `\n;(()=>{const s=document.createElement('style');s.textContent=${JSON.stringify(text)};document.head.append(s)})();`;
  }
  return code;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of req) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

export async function startStaticServer(): Promise<StaticServer> {
  const requests: RecordedRequest[] = [];
  const handler = async (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body });
    try {
      const editor = /^\/editors\/([a-z]+)\.js$/.exec(url.pathname);
      if (editor) {
        if (!bundles.has(editor[1])) bundles.set(editor[1], bundle(editor[1]));
        const code = await bundles.get(editor[1])!;
        res.writeHead(200, { 'content-type': TYPES['.js'] });
        res.end(code);
        return;
      }
      if (req.method === 'POST') {
        // Form posts and chat "sends" land here; the test reads them from `requests`.
        res.writeHead(200, { 'content-type': TYPES['.html'] });
        res.end('<!doctype html><title>ok</title><p id="received">received</p>');
        return;
      }
      const path = normalize(join(PAGES_DIR, url.pathname === '/' ? 'index.html' : url.pathname));
      if (!path.startsWith(PAGES_DIR)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      const data = await readFile(path);
      const headers: Record<string, string> = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' };
      // A strict page: no inline style or script may run (the guard's UI must still work).
      if (path.endsWith('csp.html')) headers['content-security-policy'] = "default-src 'self'; style-src 'self'; script-src 'self'";
      res.writeHead(200, headers);
      res.end(data);
    } catch (err) {
      const missing = (err as { code?: string }).code === 'ENOENT' || (err as { code?: string }).code === 'EISDIR';
      res.writeHead(missing ? 404 : 500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: missing ? 'not_found' : 'server_error', detail: missing ? url.pathname : String(err) }));
    }
  };
  const listen = async (): Promise<Server> => {
    const s = createServer((req, res) => void handler(req, res));
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    return s;
  };
  const a = await listen();
  const b = await listen();
  const port = (s: Server) => (s.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${port(a)}`,
    otherOrigin: `http://localhost:${port(b)}`,
    requests,
    async close() {
      for (const s of [a, b]) {
        s.closeAllConnections();
        await new Promise<void>((r) => s.close(() => r()));
      }
    },
  };
}
