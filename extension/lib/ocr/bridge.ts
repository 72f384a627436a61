// The service worker's part: make sure the reader exists when a content script
// is about to hand it a file. Chrome: an offscreen document (workers and blobs,
// off every page's main thread). Firefox has no offscreen API but its
// background page has a DOM: the same reader page runs in a frame there.
import { browser } from 'wxt/browser';
import { READY_MESSAGE } from './protocol.ts';

const READER_PAGE = 'offscreen.html';

interface ChromeOffscreen {
  offscreen?: {
    createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  };
  runtime: { getContexts?(f: { contextTypes: string[] }): Promise<unknown[]> };
}

let creating: Promise<void> | null = null;

async function offscreenExists(c: ChromeOffscreen): Promise<boolean> {
  const found = await c.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  return (found?.length ?? 0) > 0;
}

export async function ensureReader(): Promise<void> {
  const c = (globalThis as unknown as { chrome?: ChromeOffscreen }).chrome;
  if (c?.offscreen) {
    if (await offscreenExists(c)) return;
    creating ??= c.offscreen
      .createDocument({
        url: READER_PAGE,
        reasons: ['WORKERS', 'BLOBS'],
        justification: 'Reads images (OCR) and office files the user is about to upload, locally, to warn before personal data leaves.',
      })
      .catch(async (err: unknown) => {
        // Two content scripts asked at once: the other call made it.
        if (!(await offscreenExists(c))) throw err;
      })
      .finally(() => {
        creating = null;
      });
    return creating;
  }
  if (typeof document === 'undefined') throw new Error('no place to run the reader');
  if (document.querySelector('iframe[data-pdp-reader]')) return;
  const frame = document.createElement('iframe');
  frame.dataset.pdpReader = '';
  frame.src = (browser.runtime as unknown as { getURL(path: string): string }).getURL(`/${READER_PAGE}`);
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(frame);
  await loaded;
}

export function registerReaderBridge(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if ((raw as { kind?: unknown } | null)?.kind !== READY_MESSAGE) return undefined;
    if (sender.id !== browser.runtime.id) return Promise.resolve({ ok: false, error: 'foreign sender' });
    return ensureReader().then(
      () => ({ ok: true }),
      (err: unknown) => ({ ok: false, error: err instanceof Error ? err.name : 'Error' }),
    );
  });
}
