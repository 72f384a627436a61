// The page's side of the reader (lib/ocr/host.ts), part of the file reader the
// content script loads on demand (file-reader-handoff.ts): hands a file over
// a runtime port, relays progress, and gives up when the time budget runs out
// or the user cancels (closing the port stops the reader's work too).
import { browser } from 'wxt/browser';
import type { Finding } from '../../../shared/detect/types.ts';
import { mimeOf } from './file-kinds.ts';
import { anchorReader } from './reader-anchor.ts';
import { CHUNK_BYTES, EXTRACT_PORT, MAX_REMOTE_BYTES, READY_MESSAGE, toBase64, type FromReader, type ToReader } from '../ocr/protocol.ts';

export interface RemoteRead {
  text: string;
  findings: Finding[];
  timedOut?: boolean;
}

export interface RemoteReadOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  budgetMs: number;
}

export type RemoteReader = (file: Blob, kind: string, opts: RemoteReadOptions) => Promise<RemoteRead>;

const NOT_READ: RemoteRead = { text: '', findings: [], timedOut: true };

export const readRemote: RemoteReader = async (file, kind, opts) => {
  if (file.size > MAX_REMOTE_BYTES) return NOT_READ;
  opts.signal?.throwIfAborted();
  const started = performance.now();
  const ready = (await browser.runtime.sendMessage({ kind: READY_MESSAGE })) as { ok: boolean; error?: string } | undefined;
  if (!ready?.ok) throw new Error(`reader unavailable: ${ready?.error ?? 'no answer'}`);
  const port = browser.runtime.connect({ name: EXTRACT_PORT });
  const release = anchorReader();
  const chunks = Math.max(1, Math.ceil(file.size / CHUNK_BYTES));
  // The reader's own budget leaves room for the transfer and the answer.
  const left = Math.max(500, opts.budgetMs - (performance.now() - started));

  return new Promise<RemoteRead>((resolve, reject) => {
    let done = false;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      release();
      opts.signal?.removeEventListener('abort', onAbort);
      try {
        port.disconnect();
      } catch {
        // already gone
      }
      fn();
    };
    const onAbort = () => finish(() => reject(opts.signal!.reason ?? new DOMException('aborted', 'AbortError')));
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => finish(() => resolve(NOT_READ)), left + 1000);

    port.onMessage.addListener((raw) => {
      const m = raw as FromReader;
      if (m.t === 'progress') opts.onProgress?.(0.1 + 0.9 * m.fraction);
      else if (m.t === 'result') finish(() => resolve({ text: m.text, findings: m.findings, ...(m.timedOut ? { timedOut: true } : {}) }));
      else if (m.t === 'error') finish(() => reject(new Error(`reader: ${m.error}`)));
    });
    port.onDisconnect.addListener(() => finish(() => reject(new Error('reader went away'))));

    void (async () => {
      port.postMessage({ t: 'begin', kind, mime: mimeOf(file, kind), size: file.size, chunks, budgetMs: left } satisfies ToReader);
      for (let i = 0; i < chunks && !done; i++) {
        const bytes = new Uint8Array(await file.slice(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES).arrayBuffer());
        if (done) return;
        port.postMessage({ t: 'chunk', index: i, data: toBase64(bytes) } satisfies ToReader);
        opts.onProgress?.((0.1 * (i + 1)) / chunks);
      }
    })().catch((err: unknown) => finish(() => reject(err)));
  });
};
