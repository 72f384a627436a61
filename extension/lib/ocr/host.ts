// The reader's end of the port, in the offscreen document (Chrome) or the
// background page's reader frame (Firefox): gathers the chunks, reads the
// file and answers. The OCR worker is created when the document opens, so the
// first image does not also pay for loading it.
import { browser } from 'wxt/browser';
import { pdfText } from '../files/pdf.ts';
import { ASSET_DIRS } from './assets.ts';
import { createOcrEngine } from './engine.ts';
import { EXTRACT_PORT, fromBase64, type FromReader, type ToReader } from './protocol.ts';
import { readImage } from './read-image.ts';
import { readFile } from './reader.ts';

// The untyped runtime: WXT types getURL for public/ files only, and these are copied by a build hook.
const runtime = browser.runtime as unknown as { getURL(path: string): string };
const assetUrl = (path: string) => runtime.getURL(`/${path}`);

export function startReaderHost(): void {
  const engine = createOcrEngine(assetUrl);
  void engine.warm().catch(() => {
    // Loading failed (out of memory, a broken build): the first image retries and reports it.
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== EXTRACT_PORT) return;
    if (port.sender?.id !== browser.runtime.id) {
      port.disconnect();
      return;
    }
    const ac = new AbortController();
    port.onDisconnect.addListener(() => ac.abort());
    const send = (m: FromReader) => {
      if (!ac.signal.aborted) port.postMessage(m);
    };
    let begin: Extract<ToReader, { t: 'begin' }> | null = null;
    let parts: Uint8Array[] = [];
    let received = 0;

    port.onMessage.addListener((raw) => {
      const m = raw as ToReader;
      if (m.t === 'begin') {
        begin = m;
        parts = new Array(m.chunks);
        received = 0;
      } else if (m.t === 'chunk' && begin && m.index >= 0 && m.index < parts.length && !parts[m.index]) {
        parts[m.index] = fromBase64(m.data);
        received++;
        if (received === parts.length) void finish(begin, parts);
      }
    });

    async function finish(req: Extract<ToReader, { t: 'begin' }>, chunks: Uint8Array[]) {
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        bytes.set(c, at);
        at += c.length;
      }
      parts = [];
      try {
        const result = await readFile(
          { kind: req.kind, mime: req.mime, bytes, budgetMs: req.budgetMs, signal: ac.signal, onProgress: (fraction) => send({ t: 'progress', fraction }) },
          {
            image: (b, mime, opts) => readImage(engine, b, mime, opts),
            pdf: (b, opts) => pdfText(b, { ...opts, workerSrc: assetUrl(ASSET_DIRS.pdfWorker) }),
          },
        );
        send({ t: 'result', ...result });
      } catch (err) {
        send({ t: 'error', error: err instanceof Error ? err.name : 'Error' });
      }
    }
  });
}
