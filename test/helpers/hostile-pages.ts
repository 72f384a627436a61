// Pages the guard must work in although they do their best to stop it: one
// whose Content Security Policy allows no script and no style, and one
// holding the same field in every kind of frame a content script runs in
// (srcdoc, sandboxed with and without scripts, data:). Used by the tests of
// the scripts the content script loads on demand (file-reader.js,
// guard-ui.js): each must load and work in all of them.
import { createServer } from 'node:http';

export interface TestPage {
  csp?: string;
  body: string;
}

/** The ids of the frames on '/frames'. */
export const FRAME_IDS = ['srcdoc', 'sandboxed', 'noscript', 'data'] as const;

const inFrame = (attrs: string) => `<iframe ${attrs} width="360" height="90"></iframe>`;
const srcdoc = (html: string) => `srcdoc="${html.replace(/"/g, '&quot;')}"`;

/** '/strict' and '/frames' around `field`; `sandbox` adds permissions both sandboxed frames need (e.g. "allow-forms"). */
export function hostilePages(field: string, sandbox = ''): Record<string, TestPage> {
  const extra = sandbox ? ` ${sandbox}` : '';
  return {
    // Nothing may load or run in this page, nor style it, except what the browser lets the extension do.
    '/strict': { csp: "default-src 'none'; script-src 'none'; style-src 'none'", body: field },
    '/frames': {
      body: [
        inFrame(`id="srcdoc" ${srcdoc(field)}`),
        // An opaque origin: the frame belongs to no site.
        inFrame(`id="sandboxed" sandbox="allow-scripts${extra}" ${srcdoc(field)}`),
        // Sandboxed without scripts: the page's scripts cannot run, the guard's must.
        inFrame(`id="noscript" sandbox="${extra.trim()}" ${srcdoc(field)}`),
        inFrame(`id="data" src="data:text/html,${encodeURIComponent(field)}"`),
      ].join('\n'),
    },
  };
}

export interface PageServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  close(): Promise<void>;
}

/** Serves `pages` on loopback (each with its CSP header), titled `title`. */
export async function servePages(pages: Record<string, TestPage>, title: string): Promise<PageServer> {
  const server = createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(page.csp ? { 'content-security-policy': page.csp } : {}) });
    res.end(`<!doctype html><html lang="vi"><meta charset="utf-8"><title>${title}</title>${page.body}</html>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
