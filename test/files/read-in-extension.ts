// Hands an image or a document to the extension's reader (the offscreen
// document) over the same port the content script uses, from an extension
// page, and returns the finding types: the reader's work without a page's
// upload flow around it (bench:ocr and the recall test).
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../helpers/chromium.ts';

export interface ReaderAnswer {
  ms: number;
  types: string[];
  timedOut: boolean;
}

export async function openReaderClient(ext: ExtensionBrowser): Promise<(bytes: Uint8Array, mime: string) => Promise<ReaderAnswer>> {
  const page: Page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  return (bytes, mime) =>
    page.evaluate(
      async ({ b64, mime, kind }) => {
        const c = (globalThis as any).chrome;
        await c.runtime.sendMessage({ kind: 'pdp:extract-ready' });
        const t0 = performance.now();
        const port = c.runtime.connect({ name: 'pdp-extract' });
        const result: any = await new Promise((resolve, reject) => {
          port.onMessage.addListener((m: any) => {
            if (m.t === 'result') resolve(m);
            if (m.t === 'error') reject(new Error(m.error));
          });
          port.postMessage({ t: 'begin', kind, mime, size: b64.length, chunks: 1, budgetMs: 12_000 });
          port.postMessage({ t: 'chunk', index: 0, data: b64 });
        });
        port.disconnect();
        return { ms: performance.now() - t0, types: [...new Set<string>(result.findings.map((f: any) => f.type))], timedOut: !!result.timedOut };
      },
      { b64: Buffer.from(bytes).toString('base64'), mime, kind: mime === 'image/jpeg' ? 'jpg' : mime.split('/')[1] },
    );
}
