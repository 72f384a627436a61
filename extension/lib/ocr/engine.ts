// One tesseract.js worker, created on first use and kept warm: loading the
// WebAssembly core and the language models costs seconds, recognizing a card
// about one. After some idle minutes it is terminated to give the memory back.
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { ASSET_DIRS, OCR_LANGUAGES } from './assets.ts';

export const IDLE_TERMINATE_MS = 5 * 60_000;

export interface OcrPass {
  text: string;
  /** Mean word confidence, 0–100. */
  confidence: number;
}

export interface OcrEngine {
  recognize(image: OffscreenCanvas | Blob, onProgress?: (fraction: number) => void): Promise<OcrPass>;
  /** Loads the worker now (the bench's cold start; the first scan does it otherwise). */
  warm(): Promise<void>;
  terminate(): Promise<void>;
}

export function createOcrEngine(assetUrl: (path: string) => string, idleMs = IDLE_TERMINATE_MS): OcrEngine {
  let worker: Promise<Worker> | null = null;
  let idle: ReturnType<typeof setTimeout> | null = null;
  let progress: ((fraction: number) => void) | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const load = () =>
    (worker ??= createWorker([...OCR_LANGUAGES], OEM.LSTM_ONLY, {
      // All three paths are ours: tesseract.js falls back to jsdelivr for any left unset.
      workerPath: assetUrl(ASSET_DIRS.worker),
      corePath: assetUrl(ASSET_DIRS.core),
      langPath: assetUrl(ASSET_DIRS.lang),
      workerBlobURL: false,
      gzip: true,
      // The models come from the extension's own files; no copy in IndexedDB.
      cacheMethod: 'none',
      logger: (m: { status: string; progress: number }) => {
        if (m.status === 'recognizing text') progress?.(m.progress);
      },
    }).catch((err: unknown) => {
      worker = null;
      throw err;
    }));

  const touch = () => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => void engine.terminate(), idleMs);
  };

  const engine: OcrEngine = {
    async warm() {
      await load();
      touch();
    },
    recognize(image, onProgress) {
      // One image at a time: the worker is single-threaded and progress belongs to one caller.
      const run = queue.then(async () => {
        const w = await load();
        progress = onProgress;
        try {
          const { data } = await w.recognize(image);
          return { text: data.text, confidence: data.confidence };
        } finally {
          progress = undefined;
          touch();
        }
      });
      queue = run.catch(() => {});
      return run;
    },
    async terminate() {
      if (idle) clearTimeout(idle);
      idle = null;
      const w = worker;
      worker = null;
      if (w) await (await w).terminate();
    },
  };
  return engine;
}
